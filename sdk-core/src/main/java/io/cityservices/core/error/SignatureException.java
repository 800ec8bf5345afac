package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A signature or content digest did not verify: a response, payment result or webhook that fails this check is never handed to the caller.
 */
public class SignatureException extends CityServicesException {
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
