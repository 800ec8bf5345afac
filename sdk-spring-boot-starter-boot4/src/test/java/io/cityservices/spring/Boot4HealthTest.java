package io.cityservices.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.utilities.UtilitiesClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Health per department on Spring Boot 4's health API, from the same starter artifact. */
@CitySandboxTest
class Boot4HealthTest {

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
  void onBoot4ADepartmentDownIsReportedInItsOwnDetailAndTheApplicationStaysUp() {
    runner()
        .run(
            context -> {
              assertThat(context.getBean("cityServicesHealthContributor"))
                  .isInstanceOf(CityServicesBoot4HealthContributor.class);
              UtilitiesClient utilities = context.getBean(UtilitiesClient.class);
              TrafficClient traffic = context.getBean(TrafficClient.class);
              utilities.companies().list(null, RequestOptions.none());
              sandbox.faults().unavailable(CityCode.SHANGHAI, DepartmentName.of("traffic"));
              for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none()))
                    .isInstanceOf(DepartmentUnavailableException.class);
              }

              CityServicesBoot4HealthContributor health = context.getBean(CityServicesBoot4HealthContributor.class);
              Health trafficHealth = ((HealthIndicator) health.getContributor("310000-traffic")).health();
              assertThat(trafficHealth.getStatus()).isEqualTo(Status.UP);
              assertThat(trafficHealth.getDetails())
                  .containsEntry("available", false)
                  .containsEntry("state", "OUT_OF_SERVICE")
                  .containsEntry("circuit", "OPEN");
              assertThat(trafficHealth.getDetails().get("lastFailure"))
                  .isEqualTo(Map.of(
                      "at", ((Map<?, ?>) trafficHealth.getDetails().get("lastFailure")).get("at"),
                      "status", 503,
                      "code", "department_unavailable"));
              Health utilitiesHealth = ((HealthIndicator) health.getContributor("310000-utilities")).health();
              assertThat(utilitiesHealth.getStatus()).isEqualTo(Status.UP);
              assertThat(utilitiesHealth.getDetails()).containsEntry("available", true).doesNotContainKey("lastFailure");
              assertThat(health.stream().map(HealthContributors.Entry::name))
                  .contains("310000-traffic", "310000-utilities");
              assertThat(health.getContributor("440100-health")).isNull();
            });
  }

  @Test
  void withoutBoot4sHealthModuleThereIsNoHealthContributor() {
    runner()
        .withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(CityServicesBoot4HealthContributor.class);
              assertThat(context).doesNotHaveBean(DepartmentHealthTracker.class);
            });
  }
}
