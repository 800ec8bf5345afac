package io.cityservices.socialinsurance;

import io.cityservices.core.error.NotFoundException;

/**
 * The person is not insured in what was asked ({@code not_insured}): no enrolment at all, or none in
 * the insurance type the call needs (medical insurance for someone with neither 310 nor 390). Nothing
 * to retry; show the citizen how to enrol.
 */
public class NotInsuredException extends NotFoundException {
  /**
   * Wraps the not-found answer of the platform.
   *
   * @param cause the platform's not-found answer, kept as the cause
   */
  public NotInsuredException(NotFoundException cause) {
    super("the person is not insured in the requested insurance type", cause.status(), cause.code(),
        cause.requestId(), cause.problem(), cause);
  }
}
