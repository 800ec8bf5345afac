package io.cityservices.marriage;

import io.cityservices.core.model.Address;
import org.jspecify.annotations.Nullable;

/**
 * A marriage registration office (婚姻登记处) of the city: public reference data. Since the 2025
 * regulations couples may register at any office in the country, but a registration that involves a
 * foreigner or a Hong Kong, Macao or Taiwan resident is handled only by designated offices.
 *
 * @param id the office's code, e.g. {@code 310101-MR}
 * @param name the office's name, e.g. {@code 黄浦区婚姻登记处}
 * @param address where it is
 * @param district the GB/T 2260 code of the district it serves
 * @param openingHours when it receives couples, as the office publishes it, e.g. {@code 周一至周五 09:00-11:30, 13:30-16:30}
 * @param phone the office's public number, or null
 * @param handlesCrossBorder whether it is designated for registrations involving a foreigner or a Hong
 *     Kong, Macao or Taiwan resident (涉外及涉港澳台婚姻登记)
 */
public record RegistrationOffice(
    String id,
    String name,
    Address address,
    String district,
    String openingHours,
    @Nullable String phone,
    boolean handlesCrossBorder) {}
