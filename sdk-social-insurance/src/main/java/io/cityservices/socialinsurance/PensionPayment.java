package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cityservices.core.model.Money;
import io.cityservices.core.privacy.Redactor;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One monthly pension payment (养老金发放) to a retiree. The amount and the account are personal data:
 * {@link #toString()} masks both, and the platform sends the account number already masked.
 *
 * @param id the platform's id of the payment
 * @param month the month it is paid for
 * @param insuranceTypeCode the raw {@code AAE140} code of the pension scheme paying it
 * @param amount the amount paid
 * @param bankAccount the receiving bank account (社保卡 or bank card), masked by the platform, e.g.
 *     {@code 6222********1234}
 * @param paidOn when it was paid into the account
 */
public record PensionPayment(
    String id,
    YearMonth month,
    @JsonProperty("insurance_type") String insuranceTypeCode,
    Money amount,
    String bankAccount,
    LocalDate paidOn) {

  /**
   * The insurance type; {@link InsuranceType#UNKNOWN} for a code this SDK does not know.
   *
   * @return the type named by {@link #insuranceTypeCode()}
   */
  public InsuranceType insuranceType() {
    return InsuranceType.fromCode(insuranceTypeCode);
  }

  @Override
  public String toString() {
    return "PensionPayment[id=" + id + ", month=" + month + ", insuranceType=" + insuranceTypeCode + ", amount="
        + PersonalData.money(amount) + ", bankAccount=" + Redactor.maskAccountNumber(bankAccount) + ", paidOn="
        + paidOn + "]";
  }
}
