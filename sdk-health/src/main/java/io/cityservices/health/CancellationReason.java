package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Why an appointment was cancelled. */
public enum CancellationReason {
  /** The citizen cancelled it. */
  PATIENT_REQUEST,
  /** The hospital suspended the clinic (停诊). */
  CLINIC_SUSPENDED,
  /** A reason this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
