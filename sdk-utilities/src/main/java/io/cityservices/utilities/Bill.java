package io.cityservices.utilities;

import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bill of one account for one period. Not personal data beyond the account id.
 *
 * @param id the platform's id of the bill
 * @param accountId the bound account it belongs to
 * @param companyCode the issuing company
 * @param type what was supplied
 * @param period the billing month
 * @param amountDue what must be paid now: principal plus late fee minus any balance credited
 * @param principal the charge for the period
 * @param lateFee the late fee (滞纳金) accrued, zero when none
 * @param balance the account's balance applied to this bill (credit, zero when none)
 * @param dueDate the last day to pay without a late fee
 * @param status where the bill is in its life
 * @param lineItems the lines making up the principal
 * @param paymentId the payment that paid it, or null
 */
public record Bill(
    String id,
    String accountId,
    String companyCode,
    UtilityType type,
    YearMonth period,
    Money amountDue,
    Money principal,
    Money lateFee,
    Money balance,
    LocalDate dueDate,
    BillStatus status,
    List<BillLineItem> lineItems,
    @Nullable String paymentId) {

  /**
   * Copies the line items; missing ones read as empty.
   *
   * @param id the platform's id of the bill
   * @param accountId the bound account it belongs to
   * @param companyCode the issuing company
   * @param type what was supplied
   * @param period the billing month
   * @param amountDue what must be paid now: principal plus late fee minus any balance credited
   * @param principal the charge for the period
   * @param lateFee the late fee (滞纳金) accrued, zero when none
   * @param balance the account's balance applied to this bill (credit, zero when none)
   * @param dueDate the last day to pay without a late fee
   * @param status where the bill is in its life
   * @param lineItems the lines making up the principal
   * @param paymentId the payment that paid it, or null
   */
  public Bill {
    lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
  }
}
