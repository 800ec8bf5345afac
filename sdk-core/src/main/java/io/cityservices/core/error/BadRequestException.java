package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The platform rejected the request as malformed (HTTP 400, or 422 without field errors).
 */
public class BadRequestException extends CityServicesException {
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
