package io.cityservices.core.error;

/**
 * No usable response was received: connection refused or reset, an empty or malformed body, or a timeout. For a payment, retrying with the same idempotency key is always safe.
 */
public class TransportException extends CityServicesException {
  public TransportException(
      String message, int status, String code, String requestId, Problem problem, Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
