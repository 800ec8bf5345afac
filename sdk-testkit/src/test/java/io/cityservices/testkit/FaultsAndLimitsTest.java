package io.cityservices.testkit;

import io.cityservices.testkit.traffic.TrafficSandbox;
import io.cityservices.testkit.utilities.UtilitiesSandbox;
import io.cityservices.testkit.health.HealthSandboxModule;
import io.cityservices.core.model.CityCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@CitySandboxTest
class FaultsAndLimitsTest {
  /** The department endpoint used here has no route: department checks come before routing. */
  private static final String SHANGHAI_TRAFFIC = "/v1/cities/310000/traffic/no-such-route";

  CitySandbox sandbox;
  private TestClient client;

  @BeforeEach
  void connect() {
    client = TestClient.connect(sandbox);
  }

  @Test
  void unavailableDepartmentIs503NamingIt() {
    sandbox.faults().unavailable(CityCode.SHANGHAI, TrafficSandbox.DEPARTMENT);

    TestClient.Reply reply = client.get(SHANGHAI_TRAFFIC);

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().get("code").asText()).isEqualTo("department_unavailable");
    assertThat(reply.json().get("department").get("city_code").asText()).isEqualTo("310000");
    assertThat(client.get("/v1/cities/330100/traffic/no-such-route").status()).isEqualTo(404);
  }

  @Test
  void slowDepartmentAnswersAfterTheDelay() {
    sandbox.faults().slow(CityCode.HANGZHOU, UtilitiesSandbox.DEPARTMENT, Duration.ofMillis(300));

    long start = System.nanoTime();
    TestClient.Reply reply = client.get("/v1/cities/330100/utilities/no-such-route");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void flakyDepartmentFailsTheSameCallsForTheSameSeed() {
    List<Integer> first = flakyRun();
    sandbox.faults().reset();
    List<Integer> second = flakyRun();

    assertThat(first).isEqualTo(second).contains(503).contains(404);
  }

  private List<Integer> flakyRun() {
    sandbox.faults().flaky(CityCode.SHENZHEN, HealthSandboxModule.DEPARTMENT, 0.5, 7L);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      statuses.add(client.get("/v1/cities/440300/health/no-such-route").status());
    }
    return statuses;
  }

  @Test
  void rateLimitedDepartmentIs429WithRetryAfter() {
    sandbox.faults().rateLimited(CityCode.SHANGHAI, TrafficSandbox.DEPARTMENT, Duration.ofSeconds(7));

    TestClient.Reply reply = client.get(SHANGHAI_TRAFFIC);

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("7");
    assertThat(reply.json().get("code").asText()).isEqualTo("rate_limited");
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void rawFaultsHitTheNextMatchingRequestsOnly(Fault fault) {
    sandbox.faults().failNext("/v1/catalog", fault, 1);

    assertThatThrownBy(() -> {
      TestClient.Reply reply = client.get("/v1/catalog");
      // RANDOM_DATA_THEN_CLOSE can parse as garbage rather than fail: either way it is not a good reply
      assertThat(reply.status()).isNotEqualTo(200);
      throw new UncheckedIOException(new java.io.IOException("garbage status " + reply.status()));
    }).isInstanceOf(UncheckedIOException.class);
    assertThat(client.get("/v1/catalog").status()).isEqualTo(200);
  }

  @Test
  void resetClearsFaults() {
    sandbox.faults().unavailable(CityCode.SHANGHAI, TrafficSandbox.DEPARTMENT).failNext(".*", Fault.EMPTY_RESPONSE, 5);
    sandbox.faults().reset();

    assertThat(client.get("/v1/catalog").status()).isEqualTo(200);
  }

  @Test
  void appRateLimitAdvertisesAndEnforcesTheWindow() {
    sandbox.rateLimit(RateLimit.of(3, Duration.ofSeconds(60)));

    TestClient.Reply first = client.get("/v1/catalog");
    client.get("/v1/catalog");
    client.get("/v1/catalog");
    TestClient.Reply limited = client.get("/v1/catalog");

    assertThat(first.header("RateLimit-Policy")).isEqualTo("\"default\";q=3;w=60");
    assertThat(first.header("RateLimit")).startsWith("\"default\";r=2;t=");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().get("code").asText()).isEqualTo("rate_limited");
    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(limited.header("RateLimit")).startsWith("\"default\";r=0;");

    sandbox.clock().advance(Duration.ofSeconds(61));
    assertThat(client.get("/v1/catalog").status()).isEqualTo(200);
  }

  @Test
  void rateLimitIsOffByDefault() {
    assertThat(client.get("/v1/catalog").header("RateLimit")).isNull();
  }
}
