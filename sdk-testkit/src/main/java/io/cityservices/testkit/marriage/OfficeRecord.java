package io.cityservices.testkit.marriage;

import io.cityservices.core.model.Address;

/**
 * A seeded registration office as the platform serves it.
 *
 * @param id the office code, e.g. {@code 310104-MR}
 * @param name the office's name
 * @param address where it is
 * @param district the district's GB/T 2260 code
 * @param openingHours when it receives couples, as published
 * @param phone its public number
 * @param handlesCrossBorder whether it is designated for registrations involving a foreigner or a Hong
 *     Kong, Macao or Taiwan resident
 */
public record OfficeRecord(
    String id, String name, Address address, String district, String openingHours, String phone,
    boolean handlesCrossBorder) {}
