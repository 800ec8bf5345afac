package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a company bills an account: monthly bills after use, or a balance topped up before use. */
public enum BillingMode {
  /** Bills are issued after use and paid with {@code payBills}. */
  POSTPAID,
  /** The account holds a balance that is topped up with {@code topUp}. */
  PREPAID,
  /** A mode this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN
}
