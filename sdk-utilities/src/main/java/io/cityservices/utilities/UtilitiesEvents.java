package io.cityservices.utilities;

import io.cityservices.core.webhook.EventType;

/**
 * The platform events of the utilities service, for reading a verified
 * {@link io.cityservices.core.webhook.WebhookEvent}: {@code event.data(UtilitiesEvents.BILL_ISSUED)}.
 * Payment events are shared by every service that takes money; check
 * {@link PaymentEvent#service()} is {@code utilities}.
 */
public final class UtilitiesEvents {

  /** A company issued a new bill on a bound account. */
  public static final EventType<BillEvent> BILL_ISSUED = EventType.of("utilities.bill.issued", BillEvent.class);

  /** A bill passed its due date unpaid. */
  public static final EventType<BillEvent> BILL_OVERDUE = EventType.of("utilities.bill.overdue", BillEvent.class);

  /** A payment succeeded. */
  public static final EventType<PaymentEvent> PAYMENT_SUCCEEDED = EventType.of("utilities.payment.succeeded", PaymentEvent.class);

  /** A payment failed; its bills are due again. */
  public static final EventType<PaymentEvent> PAYMENT_FAILED = EventType.of("utilities.payment.failed", PaymentEvent.class);

  private UtilitiesEvents() {}
}
