package io.cityservices.spring;

import io.cityservices.core.resilience.CircuitBreakerState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The health details of one department, the same on every Spring Boot line: each line's health
 * contributor only wraps them in its own {@code Health} type, always {@code UP} (see {@link
 * CityServicesHealthContributor} for why).
 */
final class DepartmentHealthDetails {

  private DepartmentHealthDetails() {}

  /** The details of a department the tracker knows, or empty for one it does not (unknown). */
  static Optional<Map<String, Object>> of(DepartmentHealthTracker.@Nullable DepartmentState state) {
    if (state == null) {
      return Optional.empty();
    }
    boolean available = state.circuit() == CircuitBreakerState.CLOSED;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("available", available);
    details.put("state", available ? "UP" : "OUT_OF_SERVICE");
    details.put("circuit", state.circuit().name());
    details.put("since", state.since().toString());
    if (state.lastFailure() != null) {
      details.put(
          "lastFailure",
          Map.of(
              "at", state.lastFailure().at().toString(),
              "status", state.lastFailure().status(),
              "code", state.lastFailure().code()));
    }
    return Optional.of(details);
  }

  // Actuator addresses contributors by path segment, so the key's '/' becomes '-'. Looked up by
  // comparing names, since a service's own name may hold a '-' too (exit-entry).
  static String contributorName(String key) {
    return key.replace('/', '-');
  }

  static Optional<String> keyOf(DepartmentHealthTracker tracker, String contributorName) {
    return tracker.departments().keySet().stream()
        .filter(key -> contributorName(key).equals(contributorName))
        .findFirst();
  }
}
