package io.cityservices.exitentry;

import io.cityservices.core.error.BadRequestException;

/**
 * The applicant is under 16 and the booking names no guardian ({@code guardian_required}, HTTP 422).
 * Nothing was booked; book again with {@link BookAppointmentRequest.Builder#guardian}.
 */
public class GuardianRequiredException extends BadRequestException {
  /**
   * Wraps the error the platform answered with.
   *
   * @param cause the platform error that carried this code; its status, request id and problem
   *     details are kept
   */
  public GuardianRequiredException(BadRequestException cause) {
    super("an applicant under 16 must be accompanied by a guardian; nothing was booked",
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
  }
}
