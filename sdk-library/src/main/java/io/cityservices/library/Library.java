package io.cityservices.library;

import io.cityservices.core.model.GeoPoint;
import java.util.List;

/**
 * A public library (branch) of the city: public reference data.
 *
 * @param id the platform's id of the library, used as a pickup or home branch
 * @param name the library's name, e.g. 上海图书馆东馆
 * @param district the GB/T 2260 code of its district
 * @param address its street address
 * @param location where it is
 * @param phone its service phone
 * @param openingHours when it is open, one entry per day it opens
 */
public record Library(
    String id,
    String name,
    String district,
    String address,
    GeoPoint location,
    String phone,
    List<OpeningHours> openingHours) {

  /**
   * Copies {@code openingHours}; null reads as none.
   *
   * @param id the platform's id of the library, used as a pickup or home branch
   * @param name the library's name, e.g. 上海图书馆东馆
   * @param district the GB/T 2260 code of its district
   * @param address its street address
   * @param location where it is
   * @param phone its service phone
   * @param openingHours when it is open, one entry per day it opens
   */
  public Library {
    openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
  }
}
