package io.cityservices.core.error;

/**
 * The addressed resource does not exist, or is not visible to the caller (HTTP 404).
 */
public class NotFoundException extends CityServicesException {
  public NotFoundException(
      String message, int status, String code, String requestId, Problem problem, Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
