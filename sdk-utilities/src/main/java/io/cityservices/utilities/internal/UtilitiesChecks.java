package io.cityservices.utilities.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.utilities.UtilityCompany;
import java.util.List;

/**
 * The checks only the utilities service needs, run while a request is built so that a bad request
 * fails before anything is sent (thrown by the blocking form, failing the future of the asynchronous
 * form through {@link io.cityservices.core.http.ServiceCalls}). Identifier checks are
 * {@link io.cityservices.core.http.ServiceCalls#requireId}.
 */
final class UtilitiesChecks {

  private UtilitiesChecks() {}

  /**
   * Checks an account number against its company's format (the company's
   * {@link UtilityCompany#accountNumberPattern()}). A missing company or number is left to the
   * request's own annotations.
   *
   * @throws ValidationException naming {@code accountNumber} when it does not match
   */
  static void requireAccountNumberFormat(UtilityCompany company, String accountNumber) {
    if (company == null || accountNumber == null || accountNumber.isEmpty()) {
      return;
    }
    if (!company.acceptsAccountNumber(accountNumber)) {
      String hint =
          company.accountNumberHint() == null ? "" : " (" + company.accountNumberHint() + ")";
      throw ValidationException.of(
          "accountNumber",
          "does not have the format of " + company.name() + "'s account numbers" + hint);
    }
  }

  /**
   * Throws one exception naming every rule a request record found broken.
   *
   * @throws ValidationException (client side) listing {@code violations} when there are any
   */
  static void requireNoViolations(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw ValidationException.clientSide(violations);
    }
  }
}
