package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The platform failed unexpectedly (HTTP 5xx other than a department outage).
 */
public class ServerException extends CityServicesException {
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
