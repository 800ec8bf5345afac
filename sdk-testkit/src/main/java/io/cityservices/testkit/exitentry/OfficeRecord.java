package io.cityservices.testkit.exitentry;

import java.util.List;

/**
 * A seeded exit-entry office, as the platform serves it.
 *
 * @param id the office id, e.g. {@code eo-310000-01}
 * @param name its name
 * @param district the GB/T 2260 code of its district
 * @param address its street address
 * @param phone its public telephone number
 * @param openingHours its opening hours
 * @param documentTypes the document types it accepts applications for
 */
public record OfficeRecord(
    String id, String name, String district, String address, String phone, String openingHours,
    List<String> documentTypes) {}
