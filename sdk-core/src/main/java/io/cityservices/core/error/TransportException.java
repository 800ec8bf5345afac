package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * No usable response was received: connection refused or reset, an empty or malformed body, or a timeout. For a payment, retrying with the same idempotency key is always safe.
 */
public class TransportException extends CityServicesException {
  /**
   * A failure to get a usable response.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status of an unusable response, or 0 when none arrived
   * @param code e.g. {@code transport_error} or {@code malformed_response}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
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
