package io.cityservices.spring;

import io.cityservices.core.resilience.CircuitBreakerState;

import java.util.Iterator;
import java.util.Map;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;

/**
 * Actuator health with one indicator per department the client has called, named {@code
 * <city>-<service>} (e.g. {@code cityServices/310000-traffic}), showing its circuit breaker state,
 * since when, and its last failure.
 *
 * <p>Every department indicator is {@code UP}, even while the department's circuit is open: it
 * reports {@code available=false} and {@code state=OUT_OF_SERVICE} in its details instead. A
 * department is another organisation's system; when it is down this application is still healthy,
 * still serves every other department, and fails that department's calls fast by itself. A {@code
 * DOWN} or {@code OUT_OF_SERVICE} status would roll up into the application's overall status and
 * make a load balancer or orchestrator take healthy instances out of service, or restart them,
 * which cannot bring a city's traffic police system back and would take every other department
 * down with it. Alert on the details (or the {@code cityservices.circuit.transition} metric)
 * instead.
 */
public final class CityServicesHealthContributor implements CompositeHealthContributor {

  private final DepartmentHealthTracker tracker;

  public CityServicesHealthContributor(DepartmentHealthTracker tracker) {
    this.tracker = tracker;
  }

  @Override
  public HealthContributor getContributor(String name) {
    return tracker.departments().keySet().stream()
        .filter(key -> contributorName(key).equals(name))
        .findFirst()
        .map(this::indicator)
        .orElse(null);
  }

  @Override
  public Iterator<NamedContributor<HealthContributor>> iterator() {
    return tracker.departments().keySet().stream()
        .map(key -> NamedContributor.<HealthContributor>of(contributorName(key), indicator(key)))
        .iterator();
  }

  private HealthIndicator indicator(String key) {
    return () -> health(tracker.departments().get(key));
  }

  private static Health health(DepartmentHealthTracker.DepartmentState state) {
    if (state == null) {
      return Health.unknown().build();
    }
    boolean available = state.circuit() == io.cityservices.core.resilience.CircuitBreakerState.CLOSED;
    Health.Builder health =
        Health.up()
            .withDetail("available", available)
            .withDetail("state", available ? "UP" : "OUT_OF_SERVICE")
            .withDetail("circuit", state.circuit().name())
            .withDetail("since", state.since().toString());
    if (state.lastFailure() != null) {
      health.withDetail(
          "lastFailure",
          Map.of(
              "at", state.lastFailure().at().toString(),
              "status", state.lastFailure().status(),
              "code", state.lastFailure().code()));
    }
    return health.build();
  }

  // Actuator addresses contributors by path segment, so the key's '/' becomes '-'. Looked up by
  // comparing names, since a service's own name may hold a '-' too (exit-entry).
  private static String contributorName(String key) {
    return key.replace('/', '-');
  }
}
