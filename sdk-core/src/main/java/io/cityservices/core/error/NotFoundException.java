package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The addressed resource does not exist, or is not visible to the caller (HTTP 404).
 */
public class NotFoundException extends CityServicesException {
  /**
   * A missing resource, as the platform reports it.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status, usually 404
   * @param code the platform's code, e.g. {@code not_found}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public NotFoundException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
