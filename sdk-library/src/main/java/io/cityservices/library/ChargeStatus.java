package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a charge is still owed. */
public enum ChargeStatus {
  /** Owed. */
  OUTSTANDING,
  /** Paid. */
  PAID,
  /** Forgiven by the library. */
  WAIVED,
  /** A value this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
