package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where a registration is in its life: {@code PENDING_PAYMENT -> BOOKED -> CHECKED_IN -> FULFILLED},
 * or it ends as {@code CANCELLED}, {@code NO_SHOW} or {@code EXPIRED}; {@code WAITLIST} waits for a
 * place to free up.
 */
public enum AppointmentStatus {
  /** Created; the registration fee is not paid yet. */
  PENDING_PAYMENT,
  /** Paid and confirmed. */
  BOOKED,
  /** The patient has checked in at the hospital (签到). */
  CHECKED_IN,
  /** The visit took place. */
  FULFILLED,
  /** Cancelled by the citizen or by the hospital (停诊). */
  CANCELLED,
  /** The patient did not come. */
  NO_SHOW,
  /** Not paid in time. */
  EXPIRED,
  /** Waiting for a place to free up. */
  WAITLIST,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Whether the appointment has ended and can change no more.
   *
   * @return true when the status can change no more
   */
  public boolean isFinal() {
    return this == FULFILLED || this == CANCELLED || this == NO_SHOW || this == EXPIRED;
  }
}
