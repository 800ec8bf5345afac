package io.cityservices.marriage;

import io.cityservices.core.webhook.EventType;

/**
 * The marriage events the platform sends to webhooks. Read one with {@code event.data(MarriageEvents.X)}.
 */
public final class MarriageEvents {

  /** {@code marriage.booking.consent_requested}: a booking names a partner, whose consent is due. */
  public static final EventType<BookingEvent> BOOKING_CONSENT_REQUESTED =
      EventType.of("marriage.booking.consent_requested", BookingEvent.class);

  /** {@code marriage.booking.confirmed}: both parties consented (or none was needed). */
  public static final EventType<BookingEvent> BOOKING_CONFIRMED =
      EventType.of("marriage.booking.confirmed", BookingEvent.class);

  /** {@code marriage.booking.expired}: the partner did not consent in time; the place is released. */
  public static final EventType<BookingEvent> BOOKING_EXPIRED =
      EventType.of("marriage.booking.expired", BookingEvent.class);

  /** {@code marriage.booking.reminder}: a confirmed appointment is coming up. */
  public static final EventType<BookingEvent> BOOKING_REMINDER =
      EventType.of("marriage.booking.reminder", BookingEvent.class);

  private MarriageEvents() {}
}
