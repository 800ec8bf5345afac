package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month's contribution (缴费记录) in one insurance type. Wages and bases are personal data:
 * {@link #toString()} masks every amount.
 *
 * @param month the contribution month (费款所属期)
 * @param insuranceTypeCode the raw {@code AAE140} code
 * @param base the contribution base (缴费基数); null for the residents' schemes, which are paid by tier
 * @param employerAmount the employer's part (单位缴纳); zero for flexible employment and residents
 * @param personalAmount the person's part (个人缴纳)
 * @param status posted or not yet posted
 * @param paidOn when it was paid; null when not paid yet
 */
public record Contribution(
    YearMonth month,
    @JsonProperty("insurance_type") String insuranceTypeCode,
    Money base,
    Money employerAmount,
    Money personalAmount,
    ContributionStatus status,
    LocalDate paidOn) {

  /**
   * The insurance type; {@link InsuranceType#UNKNOWN} for a code this SDK does not know.
   *
   * @return the type named by {@link #insuranceTypeCode()}
   */
  public InsuranceType insuranceType() {
    return InsuranceType.fromCode(insuranceTypeCode);
  }

  /**
   * Whether it has been posted to the record.
   *
   * @return true when its status is {@link ContributionStatus#POSTED}
   */
  public boolean isPosted() {
    return status == ContributionStatus.POSTED;
  }

  /**
   * The employer's and the person's parts together.
   *
   * @return the sum of {@link #employerAmount()} and {@link #personalAmount()}
   */
  public Money total() {
    return employerAmount.plus(personalAmount);
  }

  @Override
  public String toString() {
    return "Contribution[month=" + month + ", insuranceType=" + insuranceTypeCode + ", base="
        + PersonalData.money(base) + ", employerAmount=" + PersonalData.money(employerAmount)
        + ", personalAmount=" + PersonalData.money(personalAmount) + ", status=" + status + ", paidOn="
        + paidOn + "]";
  }
}
