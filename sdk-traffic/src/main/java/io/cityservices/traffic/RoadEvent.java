package io.cityservices.traffic;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.cityservices.core.model.GeoPoint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A road condition event, modelled on WZDx road events and DATEX II situation records. Public data.
 *
 * @param id the event id
 * @param type what kind of event
 * @param roadNames the roads affected, e.g. {@code 延安高架路}
 * @param direction the direction of travel affected
 * @param vehicleImpact how the lanes are affected (WZDx {@code vehicle_impact})
 * @param severity how severe (DATEX II {@code severity})
 * @param description a free-text description
 * @param startsAt when it started or will start
 * @param endsAt when it is expected to end, or null if unknown
 * @param geometry where it is: a GeoJSON Point or LineString
 */
public record RoadEvent(
    String id,
    RoadEventType type,
    List<String> roadNames,
    Direction direction,
    VehicleImpact vehicleImpact,
    Severity severity,
    String description,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    Geometry geometry) {

  /** Copies the road names; missing ones read as empty. */
  public RoadEvent {
    roadNames = roadNames == null ? List.of() : List.copyOf(roadNames);
  }

  /** The direction of travel affected. */
  public enum Direction {
    /** Northbound. */
    NORTHBOUND,
    /** Southbound. */
    SOUTHBOUND,
    /** Eastbound. */
    EASTBOUND,
    /** Westbound. */
    WESTBOUND,
    /** The inner (clockwise) carriageway of a ring road. */
    INNER_LOOP,
    /** The outer carriageway of a ring road. */
    OUTER_LOOP,
    /** Both directions. */
    BOTH,
    /** A value this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /** How the lanes are affected. */
  public enum VehicleImpact {
    /** Every lane open (e.g. works on the shoulder). */
    ALL_LANES_OPEN,
    /** Some lanes closed. */
    SOME_LANES_CLOSED,
    /** The road is closed in this direction. */
    ALL_LANES_CLOSED,
    /** One lane shared by both directions in turn. */
    ALTERNATING_ONE_WAY,
    /** A value this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /** How severe the event is. */
  public enum Severity {
    /** Little effect on traffic. */
    LOW,
    /** Noticeable delays. */
    MEDIUM,
    /** Serious delays. */
    HIGH,
    /** The road is impassable or dangerous. */
    HIGHEST,
    /** A value this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /**
   * A GeoJSON (RFC 7946) geometry: {@code Point} with {@code [lon, lat]} or {@code LineString} with
   * {@code [[lon, lat], ...]}. Coordinates are kept as sent; {@link #points()} reads them.
   *
   * @param type {@code Point} or {@code LineString}
   * @param coordinates the raw coordinates
   */
  public record Geometry(String type, com.fasterxml.jackson.databind.JsonNode coordinates) {

    /** The geometry's points in order (one for a Point); empty for a type this SDK does not read. */
    public List<GeoPoint> points() {
      List<GeoPoint> points = new ArrayList<>();
      if ("Point".equals(type)) {
        points.add(GeoPoint.of(coordinates.get(1).asDouble(), coordinates.get(0).asDouble()));
      } else if ("LineString".equals(type)) {
        coordinates.forEach(c -> points.add(GeoPoint.of(c.get(1).asDouble(), c.get(0).asDouble())));
      }
      return List.copyOf(points);
    }
  }
}
