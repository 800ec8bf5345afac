package io.cityservices.testkit.utilities;

import io.cityservices.core.model.CityCode;

/**
 * A household account that exists at a company and can be bound, for tests to pick from.
 *
 * @param city the city
 * @param companyCode the company
 * @param type what the company supplies
 * @param accountNumber the account number (户号)
 * @param holderCitizenId the seeded citizen who holds it
 * @param prepaid whether it is prepaid
 */
public record SeededAccount(
    CityCode city, String companyCode, Type type, String accountNumber, String holderCitizenId, boolean prepaid) {

  /** What a utility company supplies, as {@code utilities.yaml} names it. */
  public enum Type {
    /** Tap water. */
    WATER,
    /** Electricity. */
    ELECTRICITY,
    /** Piped gas. */
    GAS,
    /** District heating. */
    HEATING
  }

  @Override
  public String toString() {
    return "SeededAccount[" + companyCode + ", " + type + ", ******"
        + accountNumber.substring(accountNumber.length() - 4) + "]";
  }
}
