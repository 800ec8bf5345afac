package io.cityservices.health;

import io.cityservices.core.error.ConflictException;

/**
 * The slot's fee is no longer the {@code expected_fee} the citizen agreed to ({@code fee_changed}).
 * Nothing was charged; show the new fee and book again.
 */
public class FeeChangedException extends ConflictException {
  /**
   * Wraps the conflict the platform answered with.
   *
   * @param cause the platform error that carried this code; its status, request id and problem
   *     details are kept
   */
  public FeeChangedException(ConflictException cause) {
    super("the registration fee has changed since it was shown; nothing was charged",
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
  }
}
