package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The app's or the citizen's credentials were missing, invalid or expired (HTTP 401), or a token could not be obtained.
 */
public class AuthenticationException extends CityServicesException {
  public AuthenticationException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
