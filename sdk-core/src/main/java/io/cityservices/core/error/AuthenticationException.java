package io.cityservices.core.error;

/**
 * The app's or the citizen's credentials were missing, invalid or expired (HTTP 401), or a token could not be obtained.
 */
public class AuthenticationException extends CityServicesException {
  public AuthenticationException(
      String message, int status, String code, String requestId, Problem problem, Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
