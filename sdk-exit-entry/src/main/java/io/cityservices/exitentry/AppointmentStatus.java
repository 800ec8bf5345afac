package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where an appointment is: {@code BOOKED -> ATTENDED} (the office accepted the application and gave
 * it a receipt number), or it ends as {@code CANCELLED} or {@code NO_SHOW}. Rescheduling keeps it
 * {@code BOOKED} in another slot.
 */
public enum AppointmentStatus {
  /** A place is held for the applicant. */
  BOOKED,
  /** The applicant came and the application was accepted. */
  ATTENDED,
  /** Cancelled by the citizen; the place went back to the slot. */
  CANCELLED,
  /** The applicant did not come. */
  NO_SHOW,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Whether it can still be rescheduled or cancelled.
   *
   * @return true while the appointment can still be rescheduled or cancelled
   */
  public boolean isChangeable() {
    return this == BOOKED;
  }
}
