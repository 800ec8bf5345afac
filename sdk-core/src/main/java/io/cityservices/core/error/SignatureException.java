package io.cityservices.core.error;

/**
 * A signature or content digest did not verify: a response, payment result or webhook that fails this check is never handed to the caller.
 */
public class SignatureException extends CityServicesException {
  public SignatureException(
      String message, int status, String code, String requestId, Problem problem, Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
