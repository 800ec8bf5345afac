package io.cityservices.library;

import io.cityservices.core.webhook.EventType;

/**
 * The platform events of the library service, for reading a verified
 * {@link io.cityservices.core.webhook.WebhookEvent}: {@code event.data(LibraryEvents.HOLD_READY_FOR_PICKUP)}.
 */
public final class LibraryEvents {

  /** A loan is due within three days. */
  public static final EventType<LoanEvent> LOAN_DUE_SOON = EventType.of("library.loan.due_soon", LoanEvent.class);

  /** A loan passed its due date. */
  public static final EventType<LoanEvent> LOAN_OVERDUE = EventType.of("library.loan.overdue", LoanEvent.class);

  /** A copy waits on the hold shelf for the reader. */
  public static final EventType<HoldEvent> HOLD_READY_FOR_PICKUP =
      EventType.of("library.hold.ready_for_pickup", HoldEvent.class);

  /** The reader did not collect a held copy in time; the hold closed. */
  public static final EventType<HoldEvent> HOLD_EXPIRED = EventType.of("library.hold.expired", HoldEvent.class);

  /** Charges were paid (see {@link LibraryClient#charges()}). */
  public static final EventType<ChargePaymentEvent> PAYMENT_SUCCEEDED =
      EventType.of("library.payment.succeeded", ChargePaymentEvent.class);

  private LibraryEvents() {}
}
