package io.cityservices.utilities;

import io.cityservices.core.model.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data of {@link UtilitiesEvents#PAYMENT_SUCCEEDED} and {@link UtilitiesEvents#PAYMENT_FAILED}.
 *
 * @param paymentId the payment
 * @param service the service the payment belongs to ({@code utilities} for this module's payments)
 * @param citizenId the paying citizen
 * @param status the payment's status
 * @param amount the total
 * @param billIds the bills paid, empty for a top-up
 * @param failureCode why it failed, or null
 */
public record PaymentEvent(
    String paymentId,
    String service,
    String citizenId,
    PaymentStatus status,
    Money amount,
    List<String> billIds,
    @Nullable String failureCode) {

  /**
   * Copies the bill ids; missing ones read as empty.
   *
   * @param paymentId the payment
   * @param service the service the payment belongs to ({@code utilities} for this module's
   *     payments)
   * @param citizenId the paying citizen
   * @param status the payment's status
   * @param amount the total
   * @param billIds the bills paid, empty for a top-up
   * @param failureCode why it failed, or null
   */
  public PaymentEvent {
    billIds = billIds == null ? List.of() : List.copyOf(billIds);
  }
}
