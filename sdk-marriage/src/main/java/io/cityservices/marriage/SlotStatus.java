package io.cityservices.marriage;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a slot can be booked. */
public enum SlotStatus {
  /** Places are free and the booking window is open. */
  OPEN,
  /** Every place is taken; one may free up when a booking is cancelled, declined or expires. */
  FULL,
  /** The booking window has closed: slots are bookable until the day before. */
  CLOSED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
