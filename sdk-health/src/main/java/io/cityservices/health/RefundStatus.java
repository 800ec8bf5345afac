package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The platform's progress in refunding a registration fee. */
public enum RefundStatus {
  /** Nothing was paid, so nothing is refunded. */
  NOT_APPLICABLE,
  /** The refund is on its way. */
  PENDING,
  /** The money is back on the citizen's payment method. */
  SUCCEEDED,
  /** The refund failed; the platform's support will follow up. */
  FAILED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
