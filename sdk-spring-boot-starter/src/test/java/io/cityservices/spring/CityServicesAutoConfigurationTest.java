package io.cityservices.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.ClientConfiguration;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.health.HealthClient;
import io.cityservices.marriage.MarriageClient;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.utilities.UtilitiesClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@CitySandboxTest
class CityServicesAutoConfigurationTest {

  CitySandbox sandbox;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CityServicesAutoConfiguration.class));

  private ApplicationContextRunner withSandboxApp() {
    return runner.withPropertyValues(
        "cityservices.base-url=" + sandbox.baseUrl(),
        "cityservices.client-id=" + sandbox.defaultApp().clientId(),
        "cityservices.key-id=" + sandbox.defaultApp().keyId(),
        "cityservices.private-key=" + sandbox.defaultApp().privateKeyPem());
  }

  @Test
  void everyPropertyReachesTheClientAndItCallsThePlatform() {
    withSandboxApp()
        .withPropertyValues(
            "cityservices.key-algorithm=ed25519",
            "cityservices.scope=catalog traffic",
            "cityservices.default-city=310000",
            "cityservices.connect-timeout=2s",
            "cityservices.read-timeout=3s",
            "cityservices.call-timeout=7s",
            "cityservices.max-concurrent-requests=12",
            "cityservices.user-agent-suffix=my-app/1.2",
            "cityservices.rate-limit-mode=fail-fast",
            "cityservices.cache-entries=5",
            "cityservices.check-service-catalog=false",
            "cityservices.signature-tolerance=90s",
            "cityservices.retry.max-attempts=5",
            "cityservices.retry.base-delay=20ms",
            "cityservices.retry.max-delay=400ms",
            "cityservices.circuit-breaker.sliding-window-size=8",
            "cityservices.circuit-breaker.minimum-number-of-calls=4",
            "cityservices.circuit-breaker.failure-rate-threshold=75",
            "cityservices.circuit-breaker.open-duration=45s",
            "cityservices.circuit-breaker.permitted-calls-in-half-open-state=3")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              ClientConfiguration config = context.getBean(CityServices.class).configuration();
              assertThat(config.baseUrl()).isEqualTo(sandbox.baseUrl().replaceAll("/+$", ""));
              // The credentials stay with the client; its toString names the app, the calls below prove the key.
              assertThat(config.toString()).contains(sandbox.defaultApp().clientId());
              assertThat(config.scope()).isEqualTo("catalog traffic");
              assertThat(config.defaultCity()).contains(CityCode.SHANGHAI);
              assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
              assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(7));
              assertThat(config.maxConcurrentRequests()).isEqualTo(12);
              assertThat(config.userAgentSuffix()).contains("my-app/1.2");
              assertThat(config.rateLimitMode()).isEqualTo(RateLimitMode.FAIL_FAST);
              assertThat(config.cacheEntries()).isEqualTo(5);
              assertThat(config.checkServiceCatalog()).isFalse();
              assertThat(config.signatureTolerance()).isEqualTo(Duration.ofSeconds(90));
              assertThat(config.retryPolicy().maxAttempts()).isEqualTo(5);
              assertThat(config.retryPolicy().baseDelay()).isEqualTo(Duration.ofMillis(20));
              assertThat(config.retryPolicy().maxDelay()).isEqualTo(Duration.ofMillis(400));
              assertThat(config.circuitBreaker().slidingWindowSize()).isEqualTo(8);
              assertThat(config.circuitBreaker().minimumNumberOfCalls()).isEqualTo(4);
              assertThat(config.circuitBreaker().failureRateThreshold()).isEqualTo(75.0);
              assertThat(config.circuitBreaker().openDuration()).isEqualTo(Duration.ofSeconds(45));
              assertThat(config.circuitBreaker().permittedCallsInHalfOpenState()).isEqualTo(3);

              TrafficClient traffic = context.getBean(TrafficClient.class);
              assertThat(traffic.city()).isEqualTo(CityCode.SHANGHAI);
              assertThat(traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none()).data())
                  .isNotEmpty();
              assertThat(sandbox.requests()).anySatisfy(r -> assertThat(r.getHeader("User-Agent")).endsWith(" my-app/1.2"));
              assertThat(context).hasSingleBean(UtilitiesClient.class);
              assertThat(context).hasSingleBean(HealthClient.class);
              assertThat(context).hasSingleBean(MarriageClient.class);
            });
  }

  @Test
  void theKeyIsReadFromAResourceLocation(@TempDir Path dir) throws Exception {
    Path pem = Files.writeString(dir.resolve("app.pem"), sandbox.defaultApp().privateKeyPem(), StandardCharsets.US_ASCII);
    runner
        .withPropertyValues(
            "cityservices.base-url=" + sandbox.baseUrl(),
            "cityservices.client-id=" + sandbox.defaultApp().clientId(),
            "cityservices.key-id=" + sandbox.defaultApp().keyId(),
            "cityservices.private-key-location=" + pem.toUri(),
            "cityservices.default-city=310000")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(
                      context.getBean(TrafficClient.class).inspections()
                          .listStations(StationQuery.inCity(), RequestOptions.none()).data())
                  .isNotEmpty();
            });
  }

  @Test
  void aClientSecretAuthenticatesWithHttpBasic() {
    runner
        .withPropertyValues(
            "cityservices.base-url=" + sandbox.baseUrl(),
            "cityservices.client-id=" + sandbox.defaultApp().clientId(),
            "cityservices.client-secret=" + sandbox.defaultApp().clientSecret(),
            "cityservices.default-city=310000")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              CityServices city = context.getBean(CityServices.class);
              // The credentials stay with the client: the call below succeeds only if the secret was bound.
              assertThat(city.configuration().toString()).contains(sandbox.defaultApp().clientId());
              assertThat(
                      context.getBean(TrafficClient.class).inspections()
                          .listStations(StationQuery.inCity(), RequestOptions.none()).data())
                  .isNotEmpty();
            });
  }

  @Test
  void withoutADefaultCityNoDepartmentClientIsMade() {
    withSandboxApp()
        .run(
            context -> {
              assertThat(context).hasSingleBean(CityServices.class);
              assertThat(context).doesNotHaveBean(TrafficClient.class);
              assertThat(context).doesNotHaveBean(UtilitiesClient.class);
            });
  }

  @Test
  void aDepartmentModuleMissingFromTheClasspathGetsNoBean() {
    withSandboxApp()
        .withPropertyValues("cityservices.default-city=310000")
        .withClassLoader(new FilteredClassLoader(TrafficClient.class, HealthClient.class))
        .run(
            context -> {
              assertThat(context).doesNotHaveBean("trafficClient");
              assertThat(context).doesNotHaveBean("healthClient");
              assertThat(context).hasSingleBean(UtilitiesClient.class);
            });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    withSandboxApp()
        .withPropertyValues("cityservices.default-city=310000")
        .withUserConfiguration(OwnBeans.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(CityServices.class);
              assertThat(context.getBean(CityServices.class)).isSameAs(context.getBean("ownCityServices"));
              assertThat(context.getBean(CityServices.class).configuration().defaultCity()).contains(CityCode.HANGZHOU);
              assertThat(context).hasSingleBean(TrafficClient.class);
              assertThat(context.getBean(TrafficClient.class)).isSameAs(context.getBean("ownTraffic"));
              // The starter's utilities client is made from the application's CityServices.
              assertThat(context.getBean(UtilitiesClient.class).city()).isEqualTo(CityCode.HANGZHOU);
            });
  }

  @Test
  void aCustomizerAdjustsTheBuilder() {
    withSandboxApp()
        .withBean(CityServicesBuilderCustomizer.class, () -> b -> b.userAgentSuffix("customized/1"))
        .run(
            context ->
                assertThat(context.getBean(CityServices.class).configuration().userAgentSuffix())
                    .contains("customized/1"));
  }

  @Test
  void theClientIsClosedWithTheContext() {
    CityServices[] seen = new CityServices[1];
    withSandboxApp().run(context -> seen[0] = context.getBean(CityServices.class));
    // A closed client refuses new work instead of sending it.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> seen[0].catalog())
        .isInstanceOf(RuntimeException.class);
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    @Bean(destroyMethod = "close")
    CityServices ownCityServices(org.springframework.core.env.Environment env) {
      return CityServices.builder()
          .baseUrl(env.getProperty("cityservices.base-url"))
          .defaultCity(CityCode.HANGZHOU)
          .build();
    }

    @Bean
    TrafficClient ownTraffic(CityServices city) {
      return TrafficClient.create(city, CityCode.SHENZHEN);
    }
  }
}
