package io.cityservices.health;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;

/**
 * The appointment can no longer be cancelled: the hospital's cancellation cut-off has passed
 * ({@code cancellation_cutoff_passed}, answered with HTTP 409 or, by some hospital systems, 422;
 * {@link #status()} tells which). The appointment is unchanged and nothing is refunded.
 */
public class CancellationCutoffPassedException extends ConflictException {
  /**
   * Wraps the 409 conflict or 422 rejection the platform answered with.
   *
   * @param cause the platform error that carried this code; its status, request id and problem
   *     details are kept
   */
  public CancellationCutoffPassedException(CityServicesException cause) {
    super("the hospital's cancellation cut-off for this appointment has passed; it stays booked",
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
  }
}
