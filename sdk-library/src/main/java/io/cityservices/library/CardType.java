package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a reader card was issued. */
public enum CardType {
  /** Against a refundable deposit (押金). */
  DEPOSIT,
  /** Without deposit, on the citizen's credit score (信用借阅), where the city allows it. */
  CREDIT,
  /** A value this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
