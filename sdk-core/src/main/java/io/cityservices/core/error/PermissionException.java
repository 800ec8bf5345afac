package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The credentials are valid but do not allow this operation (HTTP 403): wrong scope, or a citizen acting for someone they do not manage.
 */
public class PermissionException extends CityServicesException {
  /**
   * A refused operation, as the platform reports it.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status, usually 403
   * @param code the platform's code, e.g. {@code insufficient_scope}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public PermissionException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
