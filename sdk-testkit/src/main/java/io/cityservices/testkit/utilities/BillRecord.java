package io.cityservices.testkit.utilities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A bill as the company holds it. Guarded by the state's lock. */
final class BillRecord {
  final String id;
  final Household household;
  final YearMonth period;
  final long principalFen;
  long lateFeeFen;
  final LocalDate dueDate;
  final List<UtilitiesJson.LineItemJson> lineItems;
  String status;
  String paymentId;
  /** When a payment made through the sandbox took it; seeded paid bills have none and never settle. */
  Instant paidAt;

  BillRecord(String id, Household household, YearMonth period, long principalFen, long lateFeeFen, LocalDate dueDate,
      List<UtilitiesJson.LineItemJson> lineItems, String status) {
    this.id = id;
    this.household = household;
    this.period = period;
    this.principalFen = principalFen;
    this.lateFeeFen = lateFeeFen;
    this.dueDate = dueDate;
    this.lineItems = List.copyOf(lineItems);
    this.status = status;
  }

  long amountDueFen() {
    return principalFen + lateFeeFen;
  }

  boolean payable() {
    return switch (status) {
      case "UNPAID", "OVERDUE", "PAYMENT_FAILED", "REFUNDED" -> true;
      default -> false;
    };
  }
}
