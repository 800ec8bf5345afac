package io.cityservices.health;

import io.cityservices.core.error.ConflictException;

/**
 * The appointment can no longer be cancelled: the hospital's cancellation cut-off has passed
 * ({@code cancellation_cutoff_passed}). The appointment is unchanged and nothing is refunded.
 */
public class CancellationCutoffPassedException extends ConflictException {
  /** Wraps the conflict the platform answered with. */
  public CancellationCutoffPassedException(ConflictException cause) {
    super("the hospital's cancellation cut-off for this appointment has passed; it stays booked",
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
  }
}
