package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Why a card is blocked (SIP2 patron status flags, NCIP blocks). */
public enum CardBlockReason {
  /** Unpaid charges over the city's limit. */
  FINES_OWED,
  /** Too many overdue loans. */
  OVERDUE_ITEMS,
  /** The reader reported the card lost. */
  CARD_REPORTED_LOST,
  /** Blocked by library staff. */
  MANUAL,
  /** A value this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
