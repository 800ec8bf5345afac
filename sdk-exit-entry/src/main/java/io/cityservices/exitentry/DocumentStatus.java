package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a travel document can be used. */
public enum DocumentStatus {
  /** Valid. */
  VALID,
  /** Past its expiry date. */
  EXPIRED,
  /** Declared lost or invalidated; a replacement is needed. */
  INVALIDATED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
