package io.cityservices.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.http.ExecutionInterceptor.AttemptInfo;
import io.cityservices.core.resilience.CircuitBreakerState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;

class DepartmentHealthTrackerTest {

  private final DepartmentHealthTracker tracker =
      new DepartmentHealthTracker(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));
  private final CityServicesHealthContributor health = new CityServicesHealthContributor(tracker);

  @Test
  void aRefusedRequestSaysNothingAboutTheDepartmentsHealth() {
    tracker.afterAttempt(
        new AttemptInfo("getViolation", "310000/traffic", "r1", 1), 404,
        new NotFoundException("not found", 404, "not_found", "r1", null, null));

    assertThat(tracker.departments().get("310000/traffic").lastFailure()).isNull();
    assertThat(tracker.departments().get("310000/traffic").circuit()).isEqualTo(CircuitBreakerState.CLOSED);
  }

  @Test
  void departmentsWhoseServiceNameHoldsADashAreAddressable() {
    tracker.afterAttempt(new AttemptInfo("listOffices", "310000/exit-entry", "r1", 1), 200, null);
    tracker.onStateChange("310000/exit-entry", CircuitBreakerState.CLOSED, CircuitBreakerState.OPEN);

    HealthIndicator indicator = (HealthIndicator) health.getContributor("310000-exit-entry");
    assertThat(indicator).isNotNull();
    assertThat(indicator.health().getDetails())
        .containsEntry("circuit", "OPEN")
        .containsEntry("since", "2026-12-02T10:00:00Z");
    assertThat(health.getContributor("310000-exit")).isNull();
  }
}
