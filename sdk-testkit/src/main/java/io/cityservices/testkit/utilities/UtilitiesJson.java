package io.cityservices.testkit.utilities;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The wire shapes of the utilities contract, as the platform writes them (snake_case by the mapper). */
final class UtilitiesJson {

  private UtilitiesJson() {}

  /** A list answer: {@code {"data": [...], "next_cursor": ...}}. */
  record ListOf<T>(List<T> data, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {}

  record CompanyJson(
      String companyCode, String name, String type, String billingMode, String accountNumberPattern,
      String accountNumberHint, String servicePhone) {}

  record AccountJson(
      String accountId, String companyCode, String companyName, String type, String billingMode,
      String accountNumber, String holderName, String serviceAddress, Money balance, OffsetDateTime boundAt) {}

  record LineItemJson(String description, String quantity, String unit, Money amount) {}

  record BillJson(
      String billId, String accountId, String companyCode, String type, String period, Money amountDue,
      Money principal, Money lateFee, Money balance, LocalDate dueDate, String status,
      List<LineItemJson> lineItems, String paymentId) {}

  record PaymentItemJson(String accountId, String billId, Money amount) {}

  record PaymentJson(
      String paymentId, String kind, String status, Money amount, List<PaymentItemJson> items,
      OffsetDateTime createdAt, OffsetDateTime completedAt, String failureCode) {}

  record ReceiptLineJson(String companyName, String accountNumber, String billId, String period, Money amount) {}

  record ReceiptJson(
      String receiptNumber, String paymentId, Money amount, OffsetDateTime paidAt, String payerName,
      List<ReceiptLineJson> lines) {}

  record ReadingJson(OffsetDateTime start, long durationSeconds, String value, String unit, Money cost) {}

  record UsageJson(String accountId, String granularity, String unit, String total, List<ReadingJson> readings) {}

  /** Data of {@code utilities.bill.issued} and {@code utilities.bill.overdue}. */
  record BillEventJson(
      String billId, String accountId, String citizenId, String companyCode, String period, Money amountDue,
      LocalDate dueDate) {}

  /** Data of {@code payment.succeeded} and {@code payment.failed}. */
  record PaymentEventJson(
      String paymentId, String service, String citizenId, String status, Money amount, List<String> billIds,
      String failureCode) {}

  /** {@code POST .../accounts}. */
  record BindBody(String companyCode, String accountNumber) {}

  /** {@code POST .../payments}. */
  record PayBody(List<String> billIds, Money amount) {}

  /** {@code POST .../top-ups}. */
  record TopUpBody(Money amount) {}
}
