package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * No usable response was received: connection refused or reset, an empty or malformed body, or a timeout. For a payment, retrying with the same idempotency key is always safe.
 */
public class TransportException extends CityServicesException {
  public TransportException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
