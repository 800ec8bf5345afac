package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The outcome of paying charges. */
public enum ChargePaymentStatus {
  /** The money was taken and the charges are paid. */
  SUCCEEDED,
  /** Nothing was taken; the charges are still owed. */
  FAILED,
  /** A value this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
