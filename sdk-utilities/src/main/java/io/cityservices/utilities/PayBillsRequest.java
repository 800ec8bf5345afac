package io.cityservices.utilities;

import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.Money;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * Copies the bills; a null list stays null, for the validator to report.
   *
   * @param bills the bills to pay, each once
   * @param amount the total to charge; must equal the sum of the bills' {@code amountDue}
   */
  public PayBillsRequest {
    if (bills != null) {
      bills = List.copyOf(bills);
    }
  }

  /**
   * Pays {@code bills} for exactly what they have due.
   *
   * @param bills the bills as read from the platform, each once
   * @return the request, its amount the sum of the bills' {@code amountDue}
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

  /**
   * Pays these bills for exactly what they have due; see {@link #of(List)}.
   *
   * @param first a bill to pay, as read from the platform
   * @param more further bills to pay
   * @return the request, its amount the sum of the bills' {@code amountDue}
   */
  public static PayBillsRequest of(Bill first, Bill... more) {
    List<Bill> all = new ArrayList<>();
    all.add(first);
    all.addAll(List.of(more));
    return of(all);
  }

  /**
   * Pays {@code bills}, stating the total the citizen agreed to; checked against the bills.
   *
   * @param bills the bills as read from the platform, each once
   * @param amount the total the citizen agreed to pay
   * @return the request; the amount is checked against the bills when it is sent
   */
  public static PayBillsRequest of(List<Bill> bills, Money amount) {
    return new PayBillsRequest(bills, amount);
  }

  /**
   * The ids of the bills, in order.
   *
   * @return the ids, empty when there are no bills
   */
  public List<String> billIds() {
    return bills == null ? List.of() : bills.stream().map(Bill::id).toList();
  }
}
