package io.cityservices.core.error;

/**
 * The platform handled a payment and the payment channel declined it (the platform answered with a
 * payment whose status is failed, e.g. code {@code card_declined}): nothing was charged. Raised where
 * the SDK turns such a payment into a failure, as {@link
 * io.cityservices.core.overview.CitizenView#settle} does.
 */
public class PaymentDeclinedException extends ConflictException {

  /** The declined payment's id. */
  private final String paymentId;

  /**
   * @param message what happened, without personal data
   * @param code the channel's reason, e.g. {@code card_declined}, or {@code payment_declined} when
   *     the platform gave none
   * @param paymentId the failed payment's id
   */
  public PaymentDeclinedException(String message, String code, String paymentId) {
    super(message, 0, code, null, null, null);
    this.paymentId = paymentId;
  }

  /**
   * The id of the declined payment, to look it up.
   *
   * @return the payment id, as the platform gave it
   */
  public String paymentId() {
    return paymentId;
  }
}
