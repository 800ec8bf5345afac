package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a utility company supplies. */
public enum UtilityType {
  WATER,
  ELECTRICITY,
  GAS,
  HEATING,
  /** A type this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
