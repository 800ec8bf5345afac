package io.cityservices.core.overview;

import io.cityservices.core.model.Money;
import java.util.Objects;

/**
 * What the platform confirmed for a settled {@link ToDo}: the department's payment and the amount
 * charged.
 *
 * @param paymentId the department's id of the payment, e.g. a fine payment or a utilities payment,
 *     to look it up with that module's {@code get}
 * @param amount what was charged
 */
public record PaymentReceipt(String paymentId, Money amount) {

  /**
   * @param paymentId the department's payment id; not null
   * @param amount the amount charged; not null
   * @throws NullPointerException if an argument is null
   */
  public PaymentReceipt {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(amount, "amount");
  }
}
