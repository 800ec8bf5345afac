package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How the issued document reaches the applicant, as chosen at the office. */
public enum DeliveryMethod {
  /** Posted to the applicant (邮寄). */
  MAIL,
  /** Collected at the office (自取). */
  PICKUP,
  /** A method this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
