package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a utility company supplies. */
public enum UtilityType {
  /** Water supply (自来水). */
  WATER,
  /** Electricity. */
  ELECTRICITY,
  /** Piped gas. */
  GAS,
  /** District heating. */
  HEATING,
  /** A type this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
