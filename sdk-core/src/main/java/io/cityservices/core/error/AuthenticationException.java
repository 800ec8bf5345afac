package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The app's or the citizen's credentials were missing, invalid or expired (HTTP 401), or a token could not be obtained.
 */
public class AuthenticationException extends CityServicesException {
  /**
   * A refused or missing credential, as the transport reports it.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status, usually 401, or 0 when no token could be obtained
   * @param code e.g. {@code invalid_token}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
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
