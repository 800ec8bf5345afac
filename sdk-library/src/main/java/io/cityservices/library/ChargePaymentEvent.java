package io.cityservices.library;

import io.cityservices.core.model.Money;
import java.util.List;

/**
 * The data of {@link LibraryEvents#PAYMENT_SUCCEEDED}: charges paid.
 *
 * @param paymentId the payment, as {@link ChargePayment#id()}
 * @param service the service the payment belongs to ({@code library} for this module's payments)
 * @param citizenId the paying reader's citizen id on the platform
 * @param status the payment's status
 * @param amount the total paid
 * @param chargeIds the charges the payment settled
 */
public record ChargePaymentEvent(
    String paymentId,
    String service,
    String citizenId,
    ChargePaymentStatus status,
    Money amount,
    List<String> chargeIds) {

  /**
   * Copies the charge ids; missing ones read as empty.
   *
   * @param paymentId the payment, as {@link ChargePayment#id()}
   * @param service the service the payment belongs to ({@code library} for this module's payments)
   * @param citizenId the paying reader's citizen id on the platform
   * @param status the payment's status
   * @param amount the total paid
   * @param chargeIds the charges the payment settled
   */
  public ChargePaymentEvent {
    chargeIds = chargeIds == null ? List.of() : List.copyOf(chargeIds);
  }
}
