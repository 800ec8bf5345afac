package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The city does not offer the service called (per the platform's catalog): raised before anything
 * is sent when the SDK knows from the catalog (status 0), or by the platform (HTTP 404, code {@code
 * service_not_offered}).
 */
public class ServiceNotOfferedException extends NotFoundException {
  /**
   * A service the city does not offer.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status (404), or 0 when the SDK refused from the catalog
   * @param code {@code service_not_offered}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public ServiceNotOfferedException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
