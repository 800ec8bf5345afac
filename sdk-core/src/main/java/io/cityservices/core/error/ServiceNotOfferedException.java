package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The city does not offer the service called (per the platform's catalog): raised before anything
 * is sent when the SDK knows from the catalog (status 0), or by the platform (HTTP 404, code {@code
 * service_not_offered}).
 */
public class ServiceNotOfferedException extends NotFoundException {
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
