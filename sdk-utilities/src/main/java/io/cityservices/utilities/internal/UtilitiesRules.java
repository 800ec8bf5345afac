package io.cityservices.utilities.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.Money;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.PayBillsRequest;
import io.cityservices.utilities.UsageGranularity;
import io.cityservices.utilities.UsageQuery;
import io.cityservices.utilities.UtilityCompany;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The utilities rules the annotations cannot express. Each returns the broken rules, naming fields by
 * their Java names; the request builder hands them to {@code ApiRequest.Builder.violations}, and core
 * reports them with every other broken field in one {@code ValidationException}, before anything is
 * sent.
 */
final class UtilitiesRules {

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
    List<FieldViolation> violations = new ArrayList<>();
    if (r.amount() != null && !r.amount().isPositive()) {
      violations.add(new FieldViolation("amount", "must be greater than zero"));
    }
    if (r.bills() == null || r.bills().isEmpty()) {
      return violations;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < r.bills().size(); i++) {
      Bill bill = r.bills().get(i);
      if (bill == null || bill.id() == null) {
        violations.add(new FieldViolation("bills[" + i + "]", "must be a bill read from the platform"));
        return violations;
      }
      if (!seen.add(bill.id())) {
        violations.add(new FieldViolation("bills[" + i + "]", "is listed more than once"));
      }
      if (bill.status() == null || !bill.status().isPayable()) {
        violations.add(new FieldViolation("bills[" + i + "].status", "is " + bill.status() + ", which cannot be paid"));
      }
    }
    if (r.amount() != null && violations.isEmpty()) {
      if (r.bills().stream().anyMatch(b -> b.amountDue() == null || !b.amountDue().currency().equals(r.amount().currency()))) {
        violations.add(new FieldViolation("amount", "must be in the currency of every bill's amount due"));
      } else {
        Money totalDue = Money.sum(r.amount().currency(), r.bills().stream().map(Bill::amountDue).toList());
        if (!r.amount().equals(totalDue)) {
          violations.add(new FieldViolation("amount", "must equal the total due of the bills, " + totalDue));
        }
      }
    }
    return violations;
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
