package io.cityservices.exitentry;

import io.cityservices.core.error.PermissionException;

/**
 * The applicant may not apply ({@code not_eligible}, HTTP 403). The platform never says why: exit
 * restrictions are not disclosed, and the applicant must ask the office in person.
 */
public class NotEligibleException extends PermissionException {
  /**
   * Wraps the refusal the platform answered with.
   *
   * @param cause the platform error that carried this code; its status, request id and problem
   *     details are kept
   */
  public NotEligibleException(PermissionException cause) {
    super("the applicant is not eligible to apply online; ask the exit-entry office",
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
  }
}
