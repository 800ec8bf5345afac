package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a reader card is in its life. */
public enum CardStatus {
  /** Usable for loans, renewals and holds. */
  ACTIVE,
  /** Past its expiry date; renew it at a branch. */
  EXPIRED,
  /** Blocked; the card's {@code blockReason} says why. */
  BLOCKED,
  /** A value this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
