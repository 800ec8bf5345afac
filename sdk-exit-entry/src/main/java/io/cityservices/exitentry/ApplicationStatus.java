package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where an application is: {@code ACCEPTED -> UNDER_REVIEW -> APPROVED -> IN_PRODUCTION -> ISSUED},
 * then {@code MAILED} (with a tracking number) or {@code READY_FOR_PICKUP -> COLLECTED}. It may instead
 * be {@code RETURNED_FOR_CORRECTION} (the applicant must supply something, then review resumes),
 * {@code REFUSED} (with the reason the law requires) or {@code WITHDRAWN}.
 */
public enum ApplicationStatus {
  /** Accepted at the office; a receipt number was given. */
  ACCEPTED,
  /** Being reviewed. */
  UNDER_REVIEW,
  /** Approved; the document will be made. */
  APPROVED,
  /** The document is being made. */
  IN_PRODUCTION,
  /** The document is made. */
  ISSUED,
  /** Sent by post; see the tracking number. Final. */
  MAILED,
  /** Waiting at the office to be collected. */
  READY_FOR_PICKUP,
  /** Collected by the applicant. Final. */
  COLLECTED,
  /** The applicant must correct or complete the application. */
  RETURNED_FOR_CORRECTION,
  /** Refused, with a reason. Final. */
  REFUSED,
  /** Withdrawn by the applicant. Final. */
  WITHDRAWN,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Whether the application can change no more.
   *
   * @return true when the status can change no more
   */
  public boolean isFinal() {
    return this == MAILED || this == COLLECTED || this == REFUSED || this == WITHDRAWN;
  }
}
