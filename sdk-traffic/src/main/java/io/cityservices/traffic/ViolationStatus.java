package io.cityservices.traffic;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where a violation is in its life, derived by the platform from the 12123 handling status
 * ({@code clbj}) and payment status ({@code jkbj}).
 *
 * <pre>
 * UNPROCESSED --decision issued--> PAYABLE --paid--> PAID
 *                                  PAYABLE --deadline passed--> OVERDUE --paid--> PAID
 * processed with nothing to pay --> CLOSED
 * any --> WITHDRAWN (cancelled by the authority)
 * </pre>
 *
 * <p>An OVERDUE violation accrues a late fee of 3% of the fine a day, capped at the fine itself; the
 * SDK reports the platform's figure ({@link Violation#lateFee()}) and never computes fees itself.
 */
public enum ViolationStatus {
  /** Recorded, no penalty decision issued yet (未处理): nothing can be paid. */
  UNPROCESSED,
  /** A penalty decision was issued and the fine can be paid (已处理未缴款). */
  PAYABLE,
  /** Payable but past the payment deadline: a late fee accrues. */
  OVERDUE,
  /** The fine (and any late fee) has been paid. */
  PAID,
  /** Processed with nothing to pay (a warning, or points only). */
  CLOSED,
  /** Cancelled by the authority; nothing is owed. */
  WITHDRAWN,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * The statuses whose fine can be paid: {@link #PAYABLE} and {@link #OVERDUE}.
   *
   * @return a new modifiable set of the two
   */
  public static java.util.Set<ViolationStatus> payable() {
    return java.util.EnumSet.of(PAYABLE, OVERDUE);
  }

  /**
   * Whether a fine in this status can be paid: {@link #PAYABLE} or {@link #OVERDUE}.
   *
   * @return true for {@link #PAYABLE} and {@link #OVERDUE}
   */
  public boolean isPayable() {
    return this == PAYABLE || this == OVERDUE;
  }
}
