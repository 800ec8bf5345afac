package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The addressed resource does not exist, or is not visible to the caller (HTTP 404).
 */
public class NotFoundException extends CityServicesException {
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
