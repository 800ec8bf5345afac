package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The unit of a usage reading or bill line. */
public enum UsageUnit {
  /** Cubic metres (water, gas). */
  M3,
  /** Kilowatt-hours (electricity). */
  KWH,
  /** Gigajoules (heating). */
  GJ,
  /** Square metres (heating billed by area). */
  M2,
  /** A unit this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
