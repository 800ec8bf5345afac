package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The request conflicts with the resource's current state (HTTP 409), e.g. paying a violation that is not payable or booking a slot that is gone. Nothing was charged or booked.
 */
public class ConflictException extends CityServicesException {
  public ConflictException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
