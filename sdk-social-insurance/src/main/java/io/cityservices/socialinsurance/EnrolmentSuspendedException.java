package io.cityservices.socialinsurance;

import io.cityservices.core.error.ConflictException;

/**
 * The enrolment the call needs is suspended ({@code enrolment_suspended}), for example a yearly
 * contribution to a scheme whose enrolment the agency has suspended. Nothing was charged; the citizen
 * must have it resumed at the agency first.
 */
public class EnrolmentSuspendedException extends ConflictException {
  /**
   * Wraps the conflict the platform answered with.
   *
   * @param cause the platform's error, kept as the cause
   */
  public EnrolmentSuspendedException(ConflictException cause) {
    super("the enrolment is suspended; nothing was charged", cause.status(), cause.code(), cause.requestId(),
        cause.problem(), cause);
  }
}
