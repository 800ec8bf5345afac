package io.cityservices.spring;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.CircuitBreakerState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.utilities.UtilitiesClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@CitySandboxTest
class DepartmentHealthTest {

  CitySandbox sandbox;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CityServicesAutoConfiguration.class))
        .withPropertyValues(
            "cityservices.base-url=" + sandbox.baseUrl(),
            "cityservices.client-id=" + sandbox.defaultApp().clientId(),
            "cityservices.key-id=" + sandbox.defaultApp().keyId(),
            "cityservices.private-key=" + sandbox.defaultApp().privateKeyPem(),
            "cityservices.default-city=310000",
            "cityservices.cache-entries=0",
            "cityservices.retry.max-attempts=1",
            "cityservices.circuit-breaker.sliding-window-size=2",
            "cityservices.circuit-breaker.minimum-number-of-calls=2",
            "cityservices.circuit-breaker.open-duration=1h");
  }

  @Test
  void aDepartmentDownIsReportedInItsOwnDetailAndTheApplicationStaysUp() {
    List<String> transitions = new CopyOnWriteArrayList<>();
    runner()
        .withBean(CircuitBreakerListener.class, () -> (name, from, to) -> transitions.add(name + ":" + from + "->" + to))
        .run(
            context -> {
              TrafficClient traffic = context.getBean(TrafficClient.class);
              UtilitiesClient utilities = context.getBean(UtilitiesClient.class);
              utilities.companies().list(null, RequestOptions.none());
              sandbox.faults().unavailable(CityCode.SHANGHAI, DepartmentName.of("traffic"));
              for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none()))
                    .isInstanceOf(DepartmentUnavailableException.class);
              }

              CityServicesHealthContributor health = context.getBean(CityServicesHealthContributor.class);
              Health trafficHealth = ((HealthIndicator) health.getContributor("310000-traffic")).health();
              assertThat(trafficHealth.getStatus()).isEqualTo(Status.UP);
              assertThat(trafficHealth.getDetails())
                  .containsEntry("available", false)
                  .containsEntry("state", "OUT_OF_SERVICE")
                  .containsEntry("circuit", "OPEN");
              @SuppressWarnings("unchecked")
              Map<String, Object> lastFailure = (Map<String, Object>) trafficHealth.getDetails().get("lastFailure");
              assertThat(lastFailure).containsEntry("status", 503).containsEntry("code", "department_unavailable");

              Health utilitiesHealth = ((HealthIndicator) health.getContributor("310000-utilities")).health();
              assertThat(utilitiesHealth.getStatus()).isEqualTo(Status.UP);
              assertThat(utilitiesHealth.getDetails())
                  .containsEntry("available", true)
                  .containsEntry("circuit", "CLOSED")
                  .doesNotContainKey("lastFailure");

              assertThat(health).extracting(c -> c.getName()).contains("310000-traffic", "310000-utilities");
              assertThat(health.getContributor("440100-health")).isNull();
              // The application's own listener hears of the transition too.
              assertThat(transitions).containsExactly("310000/traffic:" + CircuitBreakerState.CLOSED + "->" + CircuitBreakerState.OPEN);
            });
  }

  @Test
  void withoutActuatorThereIsNoHealthContributor() {
    runner()
        .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(CityServicesHealthContributor.class);
              assertThat(context).doesNotHaveBean(DepartmentHealthTracker.class);
            });
  }
}
