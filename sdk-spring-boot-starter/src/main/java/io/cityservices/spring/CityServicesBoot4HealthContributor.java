package io.cityservices.spring;

import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Actuator health on Spring Boot 4 (whose health API moved to {@code
 * org.springframework.boot.health}): one indicator per department the client has called, named
 * {@code <city>-<service>}, with the same details as {@link CityServicesHealthContributor} on Boot
 * 3, and {@code UP} for the same reason: one city department being down never makes this
 * application unhealthy.
 */
public final class CityServicesBoot4HealthContributor implements CompositeHealthContributor {

  private final DepartmentHealthTracker tracker;

  /**
   * Reports what {@code tracker} follows.
   *
   * @param tracker the departments' states, registered on the client
   * @throws NullPointerException if {@code tracker} is null
   */
  public CityServicesBoot4HealthContributor(DepartmentHealthTracker tracker) {
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
  public Stream<Entry> stream() {
    return tracker.departments().keySet().stream()
        .map(key -> new Entry(DepartmentHealthDetails.contributorName(key), indicator(key)));
  }

  private HealthIndicator indicator(String key) {
    return () ->
        DepartmentHealthDetails.of(tracker.departments().get(key))
            .map(details -> Health.up().withDetails(details).build())
            .orElseGet(() -> Health.unknown().build());
  }
}
