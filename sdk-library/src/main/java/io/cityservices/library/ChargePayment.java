package io.cityservices.library;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A payment of charges. The platform signs the result with its own key; the SDK has verified that
 * signature before {@link ChargesApi#pay} returns it.
 *
 * @param id the platform's id of the payment
 * @param status its outcome
 * @param amount the total taken
 * @param chargeIds the charges it paid
 * @param createdAt when the platform accepted it
 * @param failureCode why it failed, or null
 */
public record ChargePayment(
    String id,
    ChargePaymentStatus status,
    Money amount,
    List<String> chargeIds,
    OffsetDateTime createdAt,
    String failureCode) {

  /**
   * Copies {@code chargeIds}; null reads as none.
   *
   * @param id the platform's id of the payment
   * @param status its outcome
   * @param amount the total taken
   * @param chargeIds the charges it paid
   * @param createdAt when the platform accepted it
   * @param failureCode why it failed, or null
   */
  public ChargePayment {
    chargeIds = chargeIds == null ? List.of() : List.copyOf(chargeIds);
  }
}
