package io.cityservices.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MissingCredentialsTest {

  private static final String PEM = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CityServicesAutoConfiguration.class));

  @Test
  void noBaseUrl() {
    assertMissing(runner.withPropertyValues("cityservices.client-id=app", "cityservices.client-secret=s"), "cityservices.base-url");
  }

  @Test
  void noClientId() {
    assertMissing(runner.withPropertyValues("cityservices.base-url=http://127.0.0.1:1"), "cityservices.client-id");
  }

  @Test
  void neitherKeyNorSecret() {
    assertMissing(
        runner.withPropertyValues("cityservices.base-url=http://127.0.0.1:1", "cityservices.client-id=app"),
        "cityservices.private-key");
  }

  @Test
  void aKeyWithoutItsId() {
    assertMissing(
        runner.withPropertyValues(
            "cityservices.base-url=http://127.0.0.1:1",
            "cityservices.client-id=app",
            "cityservices.private-key=" + PEM),
        "cityservices.key-id");
  }

  @Test
  void theAnalyzerIsRegisteredWithBoot() {
    // Boot's own analyzers need constructor arguments that only a running application gives.
    SpringFactoriesLoader.FailureHandler ignoreOthers = (type, name, failure) -> {};
    assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, ignoreOthers))
        .hasAtLeastOneElementOfType(MissingCityServicesPropertyFailureAnalyzer.class);
  }

  private static void assertMissing(ApplicationContextRunner runner, String property) {
    runner.run(
        context -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          FailureAnalysis analysis = new MissingCityServicesPropertyFailureAnalyzer().analyze(failure);
          assertThat(analysis).as("analysed").isNotNull();
          assertThat(analysis.getDescription()).contains("'" + property + "'");
          assertThat(analysis.getAction()).contains("Set '" + property + "'");
          assertThat(analysis.getDescription()).doesNotContain("PRIVATE KEY");
        });
  }
}
