package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What an applicant asks the office for. */
public enum ServiceType {
  /** A first document of the type (首次申领). */
  FIRST_ISSUE,
  /** A new document replacing one that expires within six months or is full (换发). */
  RENEWAL,
  /** A new document replacing a lost or damaged one (补发). */
  REPLACEMENT,
  /** An endorsement on a permit (签注); needs an {@link EndorsementType}. */
  ENDORSEMENT,
  /** A service type this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
