package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A signature or content digest did not verify: a response, payment result or webhook that fails this check is never handed to the caller.
 */
public class SignatureException extends CityServicesException {
  /**
   * A signature or digest that did not verify.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status of the response that failed the check, or 0 for a webhook
   * @param code one of {@link io.cityservices.core.signing.SignatureErrors}' codes; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public SignatureException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
