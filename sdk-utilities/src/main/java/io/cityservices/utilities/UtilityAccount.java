package io.cityservices.utilities;

import io.cityservices.core.model.Money;
import io.cityservices.core.privacy.Redactor;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An account (户号) at a utility company that the citizen has bound. Personal data: {@link #toString()}
 * masks the account number, the holder's name and the address.
 *
 * @param id the platform's id of the binding, used for bills, top-ups, usage and unbinding
 * @param companyCode the company's code
 * @param companyName the company's name
 * @param type what the company supplies
 * @param billingMode postpaid or prepaid
 * @param accountNumber the account number as printed on the bill
 * @param holderName the account holder's name, already masked by the platform (e.g. {@code 张*}) so
 *     the citizen can confirm the right account was bound
 * @param serviceAddress the supply address, for the citizen to confirm
 * @param balance the prepaid balance (negative when in arrears), or null for postpaid accounts
 * @param boundAt when the citizen bound it
 */
public record UtilityAccount(
    String id,
    String companyCode,
    String companyName,
    UtilityType type,
    BillingMode billingMode,
    String accountNumber,
    String holderName,
    String serviceAddress,
    @Nullable Money balance,
    OffsetDateTime boundAt) {

  @Override
  public String toString() {
    return "UtilityAccount[id=" + id
        + ", companyCode=" + companyCode
        + ", companyName=" + companyName
        + ", type=" + type
        + ", billingMode=" + billingMode
        + ", accountNumber=" + Redactor.maskAccountNumber(accountNumber)
        + ", holderName=" + Redactor.maskName(holderName)
        + ", serviceAddress=" + Redactor.maskAddressLine(serviceAddress)
        + ", balance=" + balance
        + ", boundAt=" + boundAt + "]";
  }
}
