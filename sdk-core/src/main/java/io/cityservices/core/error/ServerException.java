package io.cityservices.core.error;

/**
 * The platform failed unexpectedly (HTTP 5xx other than a department outage).
 */
public class ServerException extends CityServicesException {
  public ServerException(
      String message, int status, String code, String requestId, Problem problem, Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }
}
