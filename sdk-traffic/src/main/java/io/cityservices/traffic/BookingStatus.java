package io.cityservices.traffic;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * An inspection booking's state: {@code HELD -> BOOKED -> CHECKED_IN -> COMPLETED} (with a
 * {@link InspectionResult}); exits {@code CANCELLED}, {@code NO_SHOW}, {@code EXPIRED}.
 */
public enum BookingStatus {
  /** A place is held while the booking is confirmed. */
  HELD,
  /** Confirmed. */
  BOOKED,
  /** The vehicle arrived at the station. */
  CHECKED_IN,
  /** Inspected; see the result. */
  COMPLETED,
  /** Cancelled by the citizen; the place was freed. */
  CANCELLED,
  /** The vehicle did not come. */
  NO_SHOW,
  /** A held place was not confirmed in time. */
  EXPIRED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Whether the booking still holds its slot (and can be cancelled or rescheduled).
   *
   * @return true for {@link #HELD} and {@link #BOOKED}
   */
  public boolean isActive() {
    return this == HELD || this == BOOKED;
  }
}
