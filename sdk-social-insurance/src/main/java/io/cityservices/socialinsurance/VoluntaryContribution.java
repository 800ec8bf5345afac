package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A resident's yearly contribution (城乡居民社保缴费) to a residents' scheme (170 or 390), which the
 * resident pays themselves in the collection period. The amount is personal data: {@link
 * #toString()} masks it.
 *
 * @param id the platform's id of the contribution
 * @param year the insurance year it pays for
 * @param insuranceTypeCode the raw {@code AAE140} code: 170 or 390
 * @param amount the amount to pay (the resident pension's chosen tier, or the medical premium)
 * @param dueOn the last day of the collection period
 * @param status where it is
 * @param paidAt when it was paid; null before
 * @param paymentId the payment's id once paid; null before
 */
public record VoluntaryContribution(
    String id,
    int year,
    @JsonProperty("insurance_type") String insuranceTypeCode,
    Money amount,
    LocalDate dueOn,
    VoluntaryContributionStatus status,
    OffsetDateTime paidAt,
    String paymentId) {

  /**
   * The insurance type; {@link InsuranceType#UNKNOWN} for a code this SDK does not know.
   *
   * @return the type named by {@link #insuranceTypeCode()}
   */
  public InsuranceType insuranceType() {
    return InsuranceType.fromCode(insuranceTypeCode);
  }

  /**
   * Whether it can be paid now.
   *
   * @return true when its status is {@link VoluntaryContributionStatus#DUE}
   */
  public boolean isDue() {
    return status == VoluntaryContributionStatus.DUE;
  }

  @Override
  public String toString() {
    return "VoluntaryContribution[id=" + id + ", year=" + year + ", insuranceType=" + insuranceTypeCode + ", amount="
        + PersonalData.money(amount) + ", dueOn=" + dueOn + ", status=" + status + ", paidAt=" + paidAt
        + ", paymentId=" + paymentId + "]";
  }
}
