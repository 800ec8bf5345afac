package io.cityservices.utilities;

import io.cityservices.core.privacy.Redactor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Binds an account number at a company to the citizen. The caller passes the {@link UtilityCompany}
 * (from {@link CompaniesApi#list}, which is cached), so the SDK can check the account
 * number against the company's format before anything is sent, without a hidden extra call.
 *
 * @param company the company the account is at
 * @param accountNumber the account number (户号) as printed on a bill; surrounding spaces are removed
 */
public record BindAccountRequest(@NotNull UtilityCompany company, @NotBlank String accountNumber) {

  /**
   * Strips the spaces around the account number.
   *
   * @param company the company the account is at
   * @param accountNumber the account number (户号) as printed on a bill; surrounding spaces are
   *     removed
   */
  public BindAccountRequest {
    if (accountNumber != null) {
      accountNumber = accountNumber.strip();
    }
  }

  /**
   * The request to bind {@code accountNumber} at {@code company}.
   *
   * @param company the company, as listed by {@link CompaniesApi#list}
   * @param accountNumber the account number (户号) as printed on a bill; surrounding spaces are
   *     removed
   * @return the request; the number is checked against the company's format when it is sent
   */
  public static BindAccountRequest of(UtilityCompany company, String accountNumber) {
    return new BindAccountRequest(company, accountNumber);
  }

  @Override
  public String toString() {
    return "BindAccountRequest[company=" + (company == null ? null : company.companyCode())
        + ", accountNumber=" + Redactor.maskAccountNumber(accountNumber) + "]";
  }
}
