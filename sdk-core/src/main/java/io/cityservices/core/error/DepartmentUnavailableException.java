package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The department behind the call (a city's traffic police, water company, hospital system...) is
 * unavailable: the platform answered 503, or the SDK's circuit breaker for that department is open
 * and the call failed fast without being sent ({@link #circuitOpen()}).
 */
public class DepartmentUnavailableException extends CityServicesException {

  private final String department;
  private final boolean circuitOpen;

  public DepartmentUnavailableException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      String department,
      boolean circuitOpen,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
    this.department = department;
    this.circuitOpen = circuitOpen;
  }

  /** The department key, {@code <cityCode>/<service>}, e.g. {@code 310000/traffic}; may be null. */
  public String department() {
    return department;
  }

  /** True when no request was sent because the department's circuit breaker is open. */
  public boolean circuitOpen() {
    return circuitOpen;
  }
}
