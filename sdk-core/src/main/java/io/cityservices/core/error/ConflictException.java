package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The request conflicts with the resource's current state (HTTP 409), e.g. paying a violation that is not payable or booking a slot that is gone. Nothing was charged or booked.
 */
public class ConflictException extends CityServicesException {
  /**
   * A conflict with the resource's state, as the platform reports it.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status, usually 409
   * @param code the platform's error code; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public ConflictException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
