package io.cityservices.traffic;

import io.cityservices.core.model.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * A motor-vehicle annual-inspection station (机动车检测站). Public reference data.
 *
 * @param id the station id
 * @param name the station's name
 * @param address the station's street address (public, not personal data)
 * @param location where it is
 * @param phone the station's public phone number
 * @param openingHours e.g. {@code 08:30-17:00}
 * @param distanceKm the distance from the point searched near, or null when not searched by point
 */
public record InspectionStation(
    String id, String name, String address, GeoPoint location, String phone, String openingHours, @Nullable Double distanceKm) {}
