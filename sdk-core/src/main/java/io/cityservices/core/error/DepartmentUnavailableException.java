package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The department behind the call (a city's traffic police, water company, hospital system...) is
 * unavailable: the platform answered 503, or the SDK's circuit breaker for that department is open
 * and the call failed fast without being sent ({@link #circuitOpen()}).
 */
public class DepartmentUnavailableException extends CityServicesException {

  /** The department key, or null when the call named none. */
  private final String department;
  /** Whether the call failed fast because the department's circuit breaker is open. */
  private final boolean circuitOpen;

  /**
   * An outage of a department, reported by the platform or by the SDK's circuit breaker.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status (503), or 0 when the circuit breaker refused the call
   * @param code e.g. {@code department_unavailable}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param department the department key, e.g. {@code 310000/traffic}, or null
   * @param circuitOpen true when the call was not sent because the breaker is open
   * @param cause the underlying cause, or null
   */
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

  /**
   * The department key, {@code <cityCode>/<service>}, e.g. {@code 310000/traffic}; may be null.
   *
   * @return the department key, or null
   */
  public String department() {
    return department;
  }

  /**
   * True when no request was sent because the department's circuit breaker is open.
   *
   * @return true if nothing was sent
   */
  public boolean circuitOpen() {
    return circuitOpen;
  }
}
