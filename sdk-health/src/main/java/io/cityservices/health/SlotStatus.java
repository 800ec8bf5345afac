package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a slot can be booked. */
public enum SlotStatus {
  /** Places remain and the clinic runs: bookable. */
  FREE,
  /** Every place is taken. */
  BUSY,
  /** The clinic is suspended (停诊): not bookable, bookings were cancelled by the hospital. */
  SUSPENDED,
  /** The slot has started or passed. */
  EXPIRED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
