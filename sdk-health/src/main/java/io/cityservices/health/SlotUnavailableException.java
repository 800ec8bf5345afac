package io.cityservices.health;

import io.cityservices.core.error.ConflictException;

/**
 * The slot cannot be booked: its last place was taken ({@code slot_full}), the clinic was suspended
 * or the slot has passed ({@code slot_unavailable}). Nothing was charged; list the slots again.
 */
public class SlotUnavailableException extends ConflictException {
  /** Wraps the conflict the platform answered with. */
  public SlotUnavailableException(ConflictException cause) {
    super("the slot can no longer be booked (" + cause.code() + "); nothing was charged",
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
  }
}
