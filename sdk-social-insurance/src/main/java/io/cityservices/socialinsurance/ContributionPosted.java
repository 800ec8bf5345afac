package io.cityservices.socialinsurance;

import java.time.YearMonth;
import java.util.List;

/**
 * The data of {@code social_insurance.contribution.posted}: a month's contributions were posted to a
 * citizen's record. Carries no amounts: fetch them with {@code contributions().list(...)}.
 *
 * @param citizenId the platform's id of the citizen
 * @param month the month posted
 * @param insuranceTypes the {@code AAE140} codes posted for that month
 * @param poolingArea the GB/T 2260 code of the pooling area that posted them
 */
public record ContributionPosted(
    String citizenId, YearMonth month, List<String> insuranceTypes, String poolingArea) {

  /**
   * Copies {@code insuranceTypes}; null reads as none.
   *
   * @param citizenId the platform's id of the citizen
   * @param month the month posted
   * @param insuranceTypes the {@code AAE140} codes posted for that month
   * @param poolingArea the GB/T 2260 code of the pooling area that posted them
   */
  public ContributionPosted {
    insuranceTypes = insuranceTypes == null ? List.of() : List.copyOf(insuranceTypes);
  }
}
