package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cityservices.core.model.Money;
import java.time.Period;

/**
 * A personal account (个人账户) of one insurance type at the end of one year (or now, for the current
 * year). Balances are personal data: {@link #toString()} masks them.
 *
 * @param insuranceTypeCode the raw {@code AAE140} code (a pension scheme, or 310 for the medical account)
 * @param year the year
 * @param monthsContributed months contributed in that year (0 to 12)
 * @param cumulativeMonths months contributed in all (累计缴费月数) up to the end of that year
 * @param balance the account's balance at the end of that year, interest included
 */
public record PersonalAccount(
    @JsonProperty("insurance_type") String insuranceTypeCode,
    int year,
    int monthsContributed,
    int cumulativeMonths,
    Money balance) {

  /**
   * The insurance type; {@link InsuranceType#UNKNOWN} for a code this SDK does not know.
   *
   * @return the type named by {@link #insuranceTypeCode()}
   */
  public InsuranceType insuranceType() {
    return InsuranceType.fromCode(insuranceTypeCode);
  }

  /**
   * The cumulative contribution period (累计缴费年限) as years and months, e.g. {@code P15Y4M}.
   *
   * @return the period, normalized to years and months
   */
  public Period cumulativePeriod() {
    return Period.ofMonths(cumulativeMonths).normalized();
  }

  @Override
  public String toString() {
    return "PersonalAccount[insuranceType=" + insuranceTypeCode + ", year=" + year + ", monthsContributed="
        + monthsContributed + ", cumulativeMonths=" + cumulativeMonths + ", balance="
        + PersonalData.money(balance) + "]";
  }
}
