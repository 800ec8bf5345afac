package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a charge is for. */
public enum ChargeType {
  /** A fine for returning a loan late (逾期费). */
  OVERDUE_FINE,
  /** The replacement cost of a lost item. */
  LOST_ITEM,
  /** The cost of repairing a damaged item. */
  DAMAGED_ITEM,
  /** A new card after a lost one. */
  CARD_REPLACEMENT,
  /** A value this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
