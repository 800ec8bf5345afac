package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a resident's yearly contribution is: {@code DUE -> PAID}, or {@code DUE -> OVERDUE}. */
public enum VoluntaryContributionStatus {
  /** Open for payment in the collection period. */
  DUE,
  /** Paid; the contribution shows in the history once posted. */
  PAID,
  /** The collection period has closed unpaid. */
  OVERDUE,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
