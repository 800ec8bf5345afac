package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The platform failed unexpectedly (HTTP 5xx other than a department outage).
 */
public class ServerException extends CityServicesException {
  /**
   * An unexpected platform failure.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status, 500 to 599
   * @param code the platform's code, or one the SDK chose, e.g. {@code server_error}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public ServerException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
