package io.cityservices.core.error;

/**
 * The platform rejected the request as malformed (HTTP 400, or 422 without field errors).
 */
public class BadRequestException extends CityServicesException {
  public BadRequestException(
      String message, int status, String code, String requestId, Problem problem, Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
