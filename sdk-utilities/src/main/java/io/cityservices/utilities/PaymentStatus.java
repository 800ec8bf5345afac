package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a payment is. */
public enum PaymentStatus {
  /** Accepted; the outcome is not known yet. */
  PENDING,
  /** The money was taken. */
  SUCCEEDED,
  /** The money was not taken; the bills are due again. */
  FAILED,
  /** The money was returned. */
  REFUNDED,
  /** A status this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
