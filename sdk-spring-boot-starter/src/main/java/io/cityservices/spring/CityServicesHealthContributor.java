package io.cityservices.spring;

import io.cityservices.core.resilience.CircuitBreakerState;

import java.util.Iterator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;

/**
 * Actuator health (Spring Boot 3) with one indicator per department the client has called, named
 * {@code <city>-<service>} (e.g. {@code cityServices/310000-traffic}), showing its circuit breaker
 * state, since when, and its last failure. On Spring Boot 4 {@link
 * CityServicesBoot4HealthContributor} reports the same.
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

  /**
   * Reports what {@code tracker} follows.
   *
   * @param tracker the departments' states, registered on the client
   * @throws NullPointerException if {@code tracker} is null
   */
  public CityServicesHealthContributor(DepartmentHealthTracker tracker) {
    this.tracker = Objects.requireNonNull(tracker, "tracker");
  }

  /**
   * The indicator of one department.
   *
   * @param name {@code <city>-<service>}
   * @return its indicator, or null (Actuator's contract) for a department not called yet
   */
  @Override
  public @Nullable HealthContributor getContributor(String name) {
    return DepartmentHealthDetails.keyOf(tracker, name).map(this::indicator).orElse(null);
  }

  /**
   * The indicators of every department called so far, in key order.
   *
   * @return the named indicators
   */
  @Override
  public Iterator<NamedContributor<HealthContributor>> iterator() {
    return tracker.departments().keySet().stream()
        .map(
            key ->
                NamedContributor.<HealthContributor>of(
                    DepartmentHealthDetails.contributorName(key), indicator(key)))
        .iterator();
  }

  private HealthIndicator indicator(String key) {
    return () ->
        DepartmentHealthDetails.of(tracker.departments().get(key))
            .map(details -> Health.up().withDetails(details).build())
            .orElseGet(() -> Health.unknown().build());
  }
}
