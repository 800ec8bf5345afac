package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a payment was for. */
public enum PaymentKind {
  /** One or several bills. */
  BILLS,
  /** A prepaid account's top-up. */
  TOP_UP,
  /** A kind this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
