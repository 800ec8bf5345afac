package io.cityservices.utilities.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.http.PaymentSelection;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.PayBillsRequest;
import io.cityservices.utilities.UsageGranularity;
import io.cityservices.utilities.UsageQuery;
import io.cityservices.utilities.UtilityCompany;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The utilities rules the annotations cannot express. Each returns the broken rules, naming fields by
 * their Java names; the request builder hands them to {@code ApiRequest.Builder.violations}, and core
 * reports them with every other broken field in one {@code ValidationException}, before anything is
 * sent.
 */
final class UtilitiesRules {

  private static final PaymentSelection<Bill> BILLS = PaymentSelection.of("bills", "bill",
      Bill::id, Bill::amountDue, b -> b.status() != null && b.status().isPayable(), Bill::status);

  private UtilitiesRules() {}

  /** The rules of a {@link UsageQuery} beyond its annotations; empty when it can be sent. */
  static List<FieldViolation> usage(UsageQuery r) {
    List<FieldViolation> violations = new ArrayList<>();
    if (r.from() == null || r.to() == null || r.granularity() == null) {
      return violations;
    }
    if (r.to().isBefore(r.from())) {
      violations.add(new FieldViolation("to", "must not be before from"));
    } else if (ChronoUnit.MONTHS.between(r.from(), r.to()) + 1 > r.granularity().maxMonths()) {
      violations.add(new FieldViolation("to", "spans more than " + r.granularity().maxMonths()
          + " months, the most allowed at " + r.granularity() + " granularity"));
    }
    if (r.granularity() == UsageGranularity.UNKNOWN) {
      violations.add(new FieldViolation("granularity", "must be MONTH, DAY or HOUR"));
    }
    return violations;
  }

  /** The rules of a {@link PayBillsRequest} beyond its annotations; empty when it can be sent. */
  static List<FieldViolation> payBills(PayBillsRequest r) {
    return BILLS.check(r.amount(), r.bills());
  }

  /**
   * An account number against its company's format (the company's
   * {@link UtilityCompany#accountNumberPattern()}); a missing company or number is left to the
   * request's own annotations.
   */
  static List<FieldViolation> accountNumber(UtilityCompany company, String accountNumber) {
    if (company == null || accountNumber == null || accountNumber.isEmpty() || company.acceptsAccountNumber(accountNumber)) {
      return List.of();
    }
    String hint = company.accountNumberHint() == null ? "" : " (" + company.accountNumberHint() + ")";
    return List.of(new FieldViolation("accountNumber",
        "does not have the format of " + company.name() + "'s account numbers" + hint));
  }
}
