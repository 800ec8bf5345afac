package io.cityservices.testkit.utilities;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The wire shapes of the utilities contract, as the platform writes them (snake_case by the mapper).
 * Absent optional members are left out, as the contract has no nullable members except {@code next_cursor}.
 */
final class UtilitiesJson {

  private UtilitiesJson() {}

  /** A list answer: {@code {"data": [...], "next_cursor": ...}}. */
  record ListOf<T>(List<T> data, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CompanyJson(
      String companyCode, String name, String type, String billingMode, String accountNumberPattern,
      String accountNumberHint, String servicePhone) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AccountJson(
      String id, String companyCode, String companyName, String type, String billingMode,
      String accountNumber, String holderName, String serviceAddress, Money balance, OffsetDateTime boundAt) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LineItemJson(String description, String quantity, String unit, Money amount) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BillJson(
      String id, String accountId, String companyCode, String type, String period, Money amountDue,
      Money principal, Money lateFee, Money balance, LocalDate dueDate, String status,
      List<LineItemJson> lineItems, String paymentId) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PaymentItemJson(String accountId, String billId, Money amount) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PaymentJson(
      String id, String kind, String status, Money amount, List<PaymentItemJson> items,
      OffsetDateTime createdAt, OffsetDateTime completedAt, String failureCode) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReceiptLineJson(String companyName, String accountNumber, String billId, String period, Money amount) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReceiptJson(
      String receiptNumber, String paymentId, Money amount, OffsetDateTime paidAt, String payerName,
      List<ReceiptLineJson> lines) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReadingJson(OffsetDateTime start, long durationSeconds, String value, String unit, Money cost) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record UsageJson(String accountId, String granularity, String unit, String total, List<ReadingJson> readings) {}

  /** Data of {@code utilities.bill.issued} and {@code utilities.bill.overdue}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BillEventJson(
      String billId, String accountId, String citizenId, String companyCode, String period, Money amountDue,
      LocalDate dueDate) {}

  /** Data of {@code utilities.payment.succeeded} and {@code utilities.payment.failed}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PaymentEventJson(
      String paymentId, String service, String citizenId, String status, Money amount, List<String> billIds,
      String failureCode) {}

  /** {@code POST .../accounts}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BindBody(String companyCode, String accountNumber) {}

  /** {@code POST .../payments}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PayBody(List<String> billIds, Money amount) {}

  /** {@code POST .../top-ups}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TopUpBody(Money amount) {}
}
