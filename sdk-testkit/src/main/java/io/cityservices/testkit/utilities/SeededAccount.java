package io.cityservices.testkit.utilities;

/**
 * A household account that exists at a company and can be bound, for tests to pick from.
 *
 * @param city the city's code
 * @param companyCode the company
 * @param type {@code WATER}, {@code ELECTRICITY} or {@code GAS}
 * @param accountNumber the account number (户号)
 * @param holderCitizenId the seeded citizen who holds it
 * @param prepaid whether it is prepaid
 */
public record SeededAccount(
    String city, String companyCode, String type, String accountNumber, String holderCitizenId, boolean prepaid) {

  @Override
  public String toString() {
    return "SeededAccount[" + companyCode + ", " + type + ", ******"
        + accountNumber.substring(accountNumber.length() - 4) + "]";
  }
}
