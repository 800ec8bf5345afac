package io.cityservices.testkit.health;

import io.cityservices.core.model.Address;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.UnifiedSocialCreditCode;

/**
 * A seeded hospital as the platform serves it.
 *
 * @param id the hospital id, e.g. {@code h-310000-01}
 * @param name the registered name
 * @param level the grade's wire name, e.g. {@code GRADE_3A}
 * @param address the postal address
 * @param location the campus position
 * @param creditCode the unified social credit code
 * @param district the district's GB/T 2260 code
 * @param phone the switchboard number
 */
public record HospitalRecord(
    String id,
    String name,
    String level,
    Address address,
    GeoPoint location,
    UnifiedSocialCreditCode creditCode,
    String district,
    String phone) {}
