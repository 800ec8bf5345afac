package io.cityservices.traffic;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The outcome of a completed inspection. */
public enum InspectionResult {
  /** The vehicle passed; its inspection validity was extended. */
  PASSED,
  /** The vehicle failed and must be re-inspected. */
  FAILED,
  /** A result this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
