package io.cityservices.utilities;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A billing institution of a city (for example 上海城投水务), as listed by
 * {@link CompaniesApi#list}. Public reference data.
 *
 * @param companyCode the platform's code of the company, used when binding an account
 * @param name the company's name
 * @param type what it supplies
 * @param billingMode whether its accounts are postpaid or prepaid
 * @param accountNumberPattern a regular expression every account number (户号) of this company matches
 *     in full; the SDK checks it before binding
 * @param accountNumberHint where to find the account number, for people (e.g. "户号为账单上的10位数字")
 * @param servicePhone the company's service hotline, or null
 */
public record UtilityCompany(
    String companyCode,
    String name,
    UtilityType type,
    BillingMode billingMode,
    @Nullable String accountNumberPattern,
    @Nullable String accountNumberHint,
    @Nullable String servicePhone) {

  /**
   * Whether {@code accountNumber} has the format of this company's account numbers. A company
   * without a pattern, or with one Java cannot read, accepts any non-blank number (the platform then
   * checks it).
   *
   * @param accountNumber the account number (户号) as the citizen typed it, without surrounding
   *     spaces
   * @return true if it matches {@link #accountNumberPattern()} in full, or is not blank when there
   *     is no usable pattern
   * @throws NullPointerException if {@code accountNumber} is null
   */
  public boolean acceptsAccountNumber(String accountNumber) {
    Objects.requireNonNull(accountNumber, "accountNumber");
    if (accountNumberPattern == null || accountNumberPattern.isEmpty()) {
      return !accountNumber.isBlank();
    }
    try {
      return Pattern.compile(accountNumberPattern).matcher(accountNumber).matches();
    } catch (PatternSyntaxException unreadable) {
      // A pattern this JVM cannot read must not block the citizen: the platform checks the number.
      return true;
    }
  }
}
