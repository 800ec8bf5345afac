package io.cityservices.health;

import io.cityservices.core.model.Address;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.UnifiedSocialCreditCode;
import org.jspecify.annotations.Nullable;

/**
 * A hospital of the city: public reference data.
 *
 * @param id the platform's hospital id
 * @param name the registered name, e.g. {@code 复旦大学附属华山医院}
 * @param level the accreditation grade, e.g. {@link HospitalLevel#GRADE_3A}
 * @param address the postal address
 * @param location the main campus's position
 * @param creditCode the hospital's unified social credit code (GB 32100)
 * @param district the GB/T 2260 code of the district it is in
 * @param phone the hospital's public switchboard number, or null
 */
public record Hospital(
    String id,
    String name,
    HospitalLevel level,
    Address address,
    GeoPoint location,
    UnifiedSocialCreditCode creditCode,
    String district,
    @Nullable String phone) {}
