package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a slot can be booked. */
public enum SlotStatus {
  /** Places are free. */
  FREE,
  /** Every place is taken. */
  FULL,
  /** The office does not receive applicants then (a holiday, a closure). */
  CLOSED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
