package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A slot cannot be booked (HTTP 409): its last place was taken ({@code slot_full}), the office was
 * suspended or the slot has passed ({@code slot_unavailable}). The same type in every department
 * that books slots (inspections, appointments, registrations). Nothing was booked or charged; list
 * the slots again.
 */
public class SlotUnavailableException extends ConflictException {
  /**
   * A slot that cannot be booked.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status, usually 409
   * @param code {@code slot_full} or {@code slot_unavailable}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public SlotUnavailableException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
