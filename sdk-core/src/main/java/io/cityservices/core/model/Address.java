package io.cityservices.core.model;

import io.cityservices.core.privacy.Redactor;

/**
 * A postal address in China, serialised as an object with {@code province}, {@code city},
 * {@code district}, {@code street} and {@code postcode} members. Personal data: {@link #toString()}
 * masks the street line and keeps the rest.
 *
 * @param province the province, e.g. {@code 上海市}
 * @param city the city, e.g. {@code 上海市}
 * @param district the district or county, e.g. {@code 徐汇区}
 * @param street the street line: road, number, building, room
 * @param postcode the six-digit postcode, or null when unknown
 */
public record Address(String province, String city, String district, String street, String postcode) {

  private static final String TYPE = "address";
  private static final int MAX_PART_LENGTH = 64;
  private static final int MAX_STREET_LENGTH = 256;

  /**
   * Trims and checks the parts.
   *
   * @param province the province, at most 64 characters; trimmed
   * @param city the city, at most 64 characters; trimmed
   * @param district the district or county, at most 64 characters; trimmed
   * @param street the street line, at most 256 characters; trimmed
   * @param postcode six digits, or null
   * @throws IllegalArgumentException if province, city, district or street is null, blank, too long or
   *     contains control characters, or the postcode is present but not six digits
   */
  public Address {
    province = Rules.requireText(province, TYPE + " province", MAX_PART_LENGTH);
    city = Rules.requireText(city, TYPE + " city", MAX_PART_LENGTH);
    district = Rules.requireText(district, TYPE + " district", MAX_PART_LENGTH);
    street = Rules.requireText(street, TYPE + " street", MAX_STREET_LENGTH);
    Rules.require(
        postcode == null || (postcode.length() == 6 && Rules.isAsciiDigits(postcode, 0, 6)),
        TYPE,
        "postcode must be six digits");
  }

  /**
   * Makes an address.
   *
   * @param province the province, e.g. {@code 上海市}
   * @param city the city, e.g. {@code 上海市}
   * @param district the district or county, e.g. {@code 徐汇区}
   * @param street the street line: road, number, building, room
   * @param postcode the postcode, or null when unknown
   * @return the address, its parts trimmed
   * @throws IllegalArgumentException if a part breaks a rule of {@link #Address}
   */
  public static Address of(String province, String city, String district, String street, String postcode) {
    return new Address(province, city, district, street, postcode);
  }

  /** The address with the street line masked, e.g. {@code Address[上海市 上海市 徐汇区 ***, 200030]}. */
  @Override
  public String toString() {
    return "Address["
        + province + " " + city + " " + district + " " + Redactor.maskAddressLine(street)
        + (postcode == null ? "" : ", " + postcode)
        + "]";
  }
}
