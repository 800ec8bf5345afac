package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * A person's status in one insurance type (参保状态): {@code INSURED <-> SUSPENDED}, and {@code
 * TERMINATED} at the end (moved away, emigrated, or a resident's scheme replaced by an employee's).
 */
public enum EnrolmentStatus {
  /** 参保缴费: insured and contributing, or, for a retiree's pension, insured and drawing it. */
  INSURED,
  /** 暂停缴费: insured but contributions have stopped (between jobs, unpaid); the record is kept. */
  SUSPENDED,
  /** 终止参保: the enrolment has ended. */
  TERMINATED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
