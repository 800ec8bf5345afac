package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a copy is now (FOLIO item status, NCIP circulation status). */
public enum ItemStatus {
  /** On the shelf. */
  AVAILABLE,
  /** Checked out; the item's {@code dueDate} says until when. */
  ON_LOAN,
  /** Waiting on the hold shelf for the reader who reserved it. */
  ON_HOLD_SHELF,
  /** Travelling between branches. */
  IN_TRANSIT,
  /** Not where it should be. */
  MISSING,
  /** A value this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
