package io.cityservices.utilities;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A payment of bills or a top-up. The platform signs payment results with its own key; the SDK has
 * verified that signature before returning one from {@link PaymentsApi#pay} or {@link PaymentsApi#topUp}.
 *
 * @param id the platform's id of the payment
 * @param kind bills or a top-up
 * @param status where the payment is
 * @param amount the total charged
 * @param items what was paid, per bill or account
 * @param createdAt when the platform accepted it
 * @param completedAt when it succeeded or failed, or null while pending
 * @param failureCode why it failed, or null
 */
public record Payment(
    String id,
    PaymentKind kind,
    PaymentStatus status,
    Money amount,
    List<PaymentItem> items,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime completedAt,
    @Nullable String failureCode) {

  /**
   * Copies the items; missing ones read as empty.
   *
   * @param id the platform's id of the payment
   * @param kind bills or a top-up
   * @param status where the payment is
   * @param amount the total charged
   * @param items what was paid, per bill or account
   * @param createdAt when the platform accepted it
   * @param completedAt when it succeeded or failed, or null while pending
   * @param failureCode why it failed, or null
   */
  public Payment {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /**
   * The ids of the bills this payment paid, in order; empty for a top-up.
   *
   * @return the bill ids of the items that have one
   */
  public List<String> billIds() {
    return items.stream().map(PaymentItem::billId).filter(java.util.Objects::nonNull).toList();
  }
}
