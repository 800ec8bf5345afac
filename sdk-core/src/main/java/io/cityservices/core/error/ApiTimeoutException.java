package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The call did not complete in time: a read timeout, or the whole-call deadline (which covers every
 * attempt and back-off wait) passed. The request may or may not have reached the platform.
 */
public class ApiTimeoutException extends TransportException {
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
