package io.cityservices.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.micrometer.DefaultAttemptObservationConvention;
import io.cityservices.micrometer.DefaultCallObservationConvention;
import io.cityservices.micrometer.ObservationCircuitBreakerListener;
import io.cityservices.micrometer.ObservationInterceptor;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@CitySandboxTest
class ObservabilityWiringTest {

  CitySandbox sandbox;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CityServicesAutoConfiguration.class))
        .withPropertyValues(
            "cityservices.base-url=" + sandbox.baseUrl(),
            "cityservices.client-id=" + sandbox.defaultApp().clientId(),
            "cityservices.key-id=" + sandbox.defaultApp().keyId(),
            "cityservices.private-key=" + sandbox.defaultApp().privateKeyPem(),
            "cityservices.default-city=310000");
  }

  @Test
  void withAnObservationRegistryEveryAttemptIsObserved() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    runner()
        .withBean(ObservationRegistry.class, () -> registry)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ObservationInterceptor.class);
              assertThat(context).hasSingleBean(ObservationCircuitBreakerListener.class);
              assertThat(context.getBean(CityServices.class).configuration().interceptors())
                  .contains(context.getBean(ObservationInterceptor.class));
              context.getBean(TrafficClient.class).inspections().listStations(StationQuery.inCity(), RequestOptions.none());
              TestObservationRegistryAssert.assertThat(registry)
                  .hasObservationWithNameEqualTo(DefaultAttemptObservationConvention.NAME)
                  .that()
                  .hasLowCardinalityKeyValue("operation", "listInspectionStations")
                  .hasLowCardinalityKeyValue("city", "310000")
                  .hasLowCardinalityKeyValue("department", "traffic");
              TestObservationRegistryAssert.assertThat(registry)
                  .hasObservationWithNameEqualTo(DefaultCallObservationConvention.NAME)
                  .that()
                  .hasLowCardinalityKeyValue("operation", "listInspectionStations")
                  .hasLowCardinalityKeyValue("outcome", "SUCCESS");
            });
  }

  @Test
  void withoutARegistryOrWithoutMicrometerNothingIsWired() {
    runner().run(context -> assertThat(context).doesNotHaveBean(ObservationInterceptor.class));
    runner()
        .withClassLoader(new FilteredClassLoader(ObservationInterceptor.class))
        .withBean(ObservationRegistry.class, TestObservationRegistry::create)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ObservationInterceptor.class);
            });
  }
}
