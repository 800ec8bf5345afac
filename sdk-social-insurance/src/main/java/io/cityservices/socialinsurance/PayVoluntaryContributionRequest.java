package io.cityservices.socialinsurance;

import io.cityservices.core.model.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * Pays one due yearly contribution. The amount the citizen saw is sent along: if the platform's amount
 * differs (a tier or premium changed), nothing is charged and the call fails.
 *
 * @param contributionId the due contribution's id
 * @param expectedAmount the amount shown to the citizen
 */
public record PayVoluntaryContributionRequest(@NotBlank String contributionId, @NotNull Money expectedAmount) {

  /**
   * Pays {@code due} at the amount it shows.
   *
   * @param due a contribution from {@link VoluntaryContributionsApi#list}, normally {@link
   *     VoluntaryContribution#isDue() due}
   * @return a request for its id and amount
   */
  public static PayVoluntaryContributionRequest of(VoluntaryContribution due) {
    Objects.requireNonNull(due, "due");
    return new PayVoluntaryContributionRequest(due.id(), due.amount());
  }

  @Override
  public String toString() {
    return "PayVoluntaryContributionRequest[contributionId=" + contributionId + ", expectedAmount="
        + PersonalData.money(expectedAmount) + "]";
  }
}
