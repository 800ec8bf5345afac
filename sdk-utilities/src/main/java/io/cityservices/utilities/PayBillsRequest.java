package io.cityservices.utilities;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.Money;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pays one or several bills, possibly of different accounts, in one payment. It holds the bills
 * themselves (as read from the platform), not only their ids, so the SDK can check before sending
 * that the amount is exactly what those bills have due and that each can be paid. The platform checks
 * again against its own figures ({@code 422 amount_mismatch} if a bill changed meanwhile).
 *
 * @param bills the bills to pay, each once
 * @param amount the total to charge; must equal the sum of the bills' {@code amountDue}
 */
public record PayBillsRequest(@NotEmpty List<Bill> bills, @NotNull Money amount) {

  public PayBillsRequest {
    bills = bills == null ? null : List.copyOf(bills);
  }

  /**
   * Pays {@code bills} for exactly what they have due.
   *
   * @throws ValidationException if the list is empty or the bills are in
   *     different currencies
   */
  public static PayBillsRequest of(List<Bill> bills) {
    if (bills == null || bills.isEmpty()) {
      throw ValidationException.of("bills", "must not be empty");
    }
    try {
      return new PayBillsRequest(
          bills, Money.sum(bills.get(0).amountDue().currency(), bills.stream().map(Bill::amountDue).toList()));
    } catch (IllegalArgumentException mixed) {
      throw ValidationException.of("bills", "must all be in one currency");
    }
  }

  /** Pays these bills for exactly what they have due; see {@link #of(List)}. */
  public static PayBillsRequest of(Bill first, Bill... more) {
    List<Bill> all = new ArrayList<>();
    all.add(first);
    all.addAll(List.of(more));
    return of(all);
  }

  /** Pays {@code bills}, stating the total the citizen agreed to; checked against the bills. */
  public static PayBillsRequest of(List<Bill> bills, Money amount) {
    return new PayBillsRequest(bills, amount);
  }

  /** The ids of the bills, in order. */
  public List<String> billIds() {
    return bills == null ? List.of() : bills.stream().map(Bill::billId).toList();
  }

  /**
   * The rules beyond the annotations: a positive amount equal to the bills' total due, every bill
   * payable, no bill twice. Empty when the request can be sent.
   */
  public List<FieldViolation> violations() {
    List<FieldViolation> violations = new ArrayList<>();
    if (amount != null && !amount.isPositive()) {
      violations.add(new FieldViolation("amount", "must be greater than zero"));
    }
    if (bills == null || bills.isEmpty()) {
      return violations;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < bills.size(); i++) {
      Bill bill = bills.get(i);
      if (bill == null || bill.billId() == null) {
        violations.add(new FieldViolation("bills[" + i + "]", "must be a bill read from the platform"));
        return violations;
      }
      if (!seen.add(bill.billId())) {
        violations.add(new FieldViolation("bills[" + i + "]", "is listed more than once"));
      }
      if (bill.status() == null || !bill.status().isPayable()) {
        violations.add(new FieldViolation("bills[" + i + "].status", "is " + bill.status() + ", which cannot be paid"));
      }
    }
    if (amount != null && violations.isEmpty()) {
      if (bills.stream().anyMatch(b -> b.amountDue() == null || !b.amountDue().currency().equals(amount.currency()))) {
        violations.add(new FieldViolation("amount", "must be in the currency of every bill's amount due"));
      } else {
        Money totalDue = Money.sum(amount.currency(), bills.stream().map(Bill::amountDue).toList());
        if (!amount.equals(totalDue)) {
          violations.add(new FieldViolation("amount", "must equal the total due of the bills, " + totalDue));
        }
      }
    }
    return violations;
  }
}
