package io.cityservices.benchmarks.model;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;

/** The payment request and result bodies, typed (SDK) and plain (raw baseline). */
public final class Payments {

  private Payments() {}

  /** Paying a fine, as the SDK sends it. */
  public record PayFine(String violationId, Money amount, String channel, String payerOpenId) {}

  /** The platform's signed payment result, as the SDK reads it. */
  public record PaymentResult(
      String paymentId,
      String violationId,
      String status,
      Money amount,
      OffsetDateTime paidAt,
      String receiptNumber) {}

  /** Paying a fine, as a hand-written client sends it. */
  public record RawPayFine(
      String violationId, Payments.RawAmount amount, String channel, String payerOpenId) {}

  /** Money as a hand-written client writes it. */
  public record RawAmount(long amount, String currency) {}

  /** The payment result, as a hand-written client reads it. */
  public record RawPaymentResult(
      String paymentId,
      String violationId,
      String status,
      RawAmount amount,
      OffsetDateTime paidAt,
      String receiptNumber) {}
}
