package io.cityservices.traffic;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The payment of a violation's fine. Its body is signed by the platform's key, which the SDK verifies.
 *
 * @param id the payment id
 * @param violationId the violation paid
 * @param amount the amount charged (fine plus late fee)
 * @param status the payment's status
 * @param settlement how the money reached the treasury
 * @param receiptNumber the treasury receipt number, once settled
 * @param createdAt when the payment was accepted
 * @param paidAt when the money was taken, or null
 */
public record FinePayment(
    String id,
    String violationId,
    Money amount,
    FinePaymentStatus status,
    Settlement settlement,
    String receiptNumber,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime paidAt) {

  /** How the money reached the treasury. */
  public enum Settlement {
    /** Paid through a payment channel (Alipay, WeChat Pay, a bank), not yet written off. */
    PAID_AT_CHANNEL,
    /** Written off by the treasury (入库): final. */
    WRITTEN_OFF_BY_TREASURY,
    /** A settlement this SDK version does not know. */
    @com.fasterxml.jackson.annotation.JsonEnumDefaultValue
    UNKNOWN
  }
}
