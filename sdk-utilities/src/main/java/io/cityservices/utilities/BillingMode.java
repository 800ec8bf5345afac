package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a company bills an account: monthly bills after use, or a balance topped up before use. */
public enum BillingMode {
  /** Bills are issued after use and paid with {@link PaymentsApi#pay}. */
  POSTPAID,
  /** The account holds a balance that is topped up with {@link PaymentsApi#topUp}. */
  PREPAID,
  /** A mode this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
