package io.cityservices.testkit.utilities;

import java.util.regex.Pattern;

/**
 * A seeded utility company.
 *
 * @param city the city's code
 * @param code the company code, e.g. {@code 310000-water}
 * @param name the company's name
 * @param type {@code WATER}, {@code ELECTRICITY} or {@code GAS}
 * @param prepaid whether its accounts are prepaid
 * @param digits how many digits its account numbers have
 * @param servicePhone its hotline
 */
public record Company(String city, String code, String name, String type, boolean prepaid, int digits, String servicePhone) {

  /**
   * The account number pattern the company publishes.
   *
   * @return a regular expression of exactly {@link #digits()} digits
   */
  public String pattern() {
    return "\\d{" + digits + "}";
  }

  boolean accepts(String accountNumber) {
    return Pattern.compile(pattern()).matcher(accountNumber).matches();
  }

  /** The unit its usage is measured in. */
  String unit() {
    return type.equals("ELECTRICITY") ? "KWH" : "M3";
  }

  /** Price per unit in fen, for bills and usage costs. */
  long unitPriceFen() {
    return switch (type) {
      case "WATER" -> 515;
      case "ELECTRICITY" -> 62;
      default -> 300;
    };
  }

  UtilitiesJson.CompanyJson json() {
    return new UtilitiesJson.CompanyJson(code, name, type, prepaid ? "PREPAID" : "POSTPAID", pattern(),
        "户号为账单上的" + digits + "位数字", servicePhone);
  }
}
