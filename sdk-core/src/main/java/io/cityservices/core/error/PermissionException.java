package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The credentials are valid but do not allow this operation (HTTP 403): wrong scope, or a citizen acting for someone they do not manage.
 */
public class PermissionException extends CityServicesException {
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
