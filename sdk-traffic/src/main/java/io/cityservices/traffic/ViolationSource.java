package io.cityservices.traffic;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a violation was discovered (12123 {@code cjjg} / {@code wfly}). */
public enum ViolationSource {
  /** Recorded by a traffic camera (非现场). */
  CAMERA,
  /** Recorded by an officer on site (现场). */
  ON_SITE,
  /** A source this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
