package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The call did not complete in time: a read timeout, or the whole-call deadline (which covers every
 * attempt and back-off wait) passed. The request may or may not have reached the platform.
 */
public class ApiTimeoutException extends TransportException {
  /**
   * A timeout, as the transport reports it.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status of the last response, or 0 when none arrived
   * @param code e.g. {@code deadline_exceeded} or {@code request_timeout}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public ApiTimeoutException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
