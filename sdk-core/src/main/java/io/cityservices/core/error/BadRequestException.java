package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The platform rejected the request as malformed (HTTP 400, or 422 without field errors).
 */
public class BadRequestException extends CityServicesException {
  /**
   * A request the platform or the SDK rejected as malformed.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status (400 or 422), or 0 when the SDK rejected it
   * @param code e.g. {@code bad_request}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public BadRequestException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
