package io.cityservices.marriage;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where a booking is in its life: {@code PENDING_PARTNER_CONSENT -> CONFIRMED -> CHECKED_IN ->
 * REGISTERED}; it may end instead as {@code DECLINED} (by the partner), {@code CANCELLED} (by either
 * party), {@code EXPIRED} (consent not given in time), {@code NO_SHOW} or {@code REFUSED} (by the
 * platform or the office, for a reason the other party is never told).
 */
public enum BookingStatus {
  /** Booked by the initiator; the partner has not consented yet. The place is held. */
  PENDING_PARTNER_CONSENT,
  /** Both parties consented. */
  CONFIRMED,
  /** The couple checked in at the office on the booked day. */
  CHECKED_IN,
  /** The office registered it. */
  REGISTERED,
  /** The partner declined. */
  DECLINED,
  /** Cancelled by one of the parties. */
  CANCELLED,
  /** The partner did not consent in time. */
  EXPIRED,
  /** Nobody came. */
  NO_SHOW,
  /** The platform or the office refused the registration. */
  REFUSED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Whether the booking has ended and can change no more.
   *
   * @return true when the status can change no more
   */
  public boolean isFinal() {
    return this == REGISTERED || this == DECLINED || this == CANCELLED || this == EXPIRED || this == NO_SHOW
        || this == REFUSED;
  }
}
