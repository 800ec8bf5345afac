package io.cityservices.redis;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.SandboxClock;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One instance's breaker opening makes the others fail fast, without sending, until a breaker
 * closes again after its own half-open trials; with Redis gone each instance keeps its own breaker.
 */
class DepartmentSignalTest {

  static final String OPEN_KEY = "cityservices:{sandbox-app}:open:310000/traffic";
  static final Duration OPEN_DURATION = Duration.ofSeconds(30);

  final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-12-02T08:00:00Z"));
  final List<AutoCloseable> opened = new ArrayList<>();
  LocalRedis redis;
  CitySandbox sandbox;
  StatefulRedisConnection<String, String> admin;
  CityServices first;
  CityServices second;

  @BeforeEach
  void start() {
    redis = LocalRedis.start();
    opened.add(redis);
    sandbox = CitySandbox.builder().discoverModules(false).module(new PingModule()).clock(clock).build().start();
    opened.add(sandbox);
    RedisClient client = RedisClient.create(redis.uri());
    opened.add(client::shutdown);
    admin = client.connect();
    first = instance();
    second = instance();
  }

  @AfterEach
  void close() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
  }

  @Test
  void oneBreakerOpeningMakesTheOtherInstanceFailFastUntilABreakerClosesAgain() {
    ping(first);
    ping(second);

    sandbox.faults().unavailable(CityCode.SHANGHAI, DepartmentName.of("traffic"));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> ping(first)).isInstanceOf(DepartmentUnavailableException.class);
    }
    await(() -> admin.sync().pttl(OPEN_KEY) > 0, "the open signal is in Redis");
    assertThat(admin.sync().pttl(OPEN_KEY)).isBetween(1L, OPEN_DURATION.toMillis());

    int sent = pings();
    assertThatThrownBy(() -> ping(second))
        .isInstanceOfSatisfying(DepartmentUnavailableException.class, e -> {
          assertThat(e.circuitOpen()).isTrue();
          assertThat(e.code()).isEqualTo("circuit_open");
        });
    assertThat(pings()).as("the second instance sent nothing").isEqualTo(sent);

    sandbox.faults().reset();
    clock.advance(OPEN_DURATION);
    ping(first);
    await(() -> admin.sync().exists(OPEN_KEY) == 0, "the first instance's trial closed its breaker and cleared the signal");
    ping(second);
    System.out.printf("department signal: second instance refused without sending while the first's breaker was open;"
        + " resumed after the first's half-open trial (%d pings sent in all)%n", pings());
  }

  @Test
  void withRedisDownEachInstanceGoesOnWithItsOwnBreaker() {
    ping(first);
    redis.stop();

    for (int i = 0; i < 5; i++) {
      ping(first);
      ping(second);
    }
  }

  CityServices instance() {
    RedisSharing sharing = RedisSharing.builder()
        .uri(redis.uri())
        .encryptionKey(SharedInstancesTest.KEY)
        .clock(clock)
        .departmentCheckInterval(Duration.ZERO)
        .departmentOpenTtl(OPEN_DURATION)
        .timeout(Duration.ofSeconds(2))
        .build();
    opened.add(sharing);
    CityServices instance = CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .clock(clock)
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
        .circuitBreaker(CircuitBreakerConfig.builder()
            .slidingWindowSize(2).minimumNumberOfCalls(2).openDuration(OPEN_DURATION)
            .permittedCallsInHalfOpenState(1).build())
        .tokenStore(sharing.tokenStore())
        .departmentSignal(sharing.departmentSignal(sandbox.defaultApp().clientId()))
        .build();
    opened.add(instance);
    return instance;
  }

  int pings() {
    return sandbox.requests(getRequestedFor(urlPathEqualTo("/v1/cities/310000/traffic/ping"))).size();
  }

  static void ping(CityServices instance) {
    JsonNode pong = instance.apiExecutor().execute(
        ApiRequest.of(SharedInstancesTest.PING).path("city", CityCode.SHANGHAI).build(),
        RequestOptions.none(), ResponseType.of(JsonNode.class));
    assertThat(pong.get("city").asText()).isEqualTo("310000");
  }

  static void await(BooleanSupplier condition, String what) {
    long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() - giveUpAt).as(what + " within 10 s").isNegative();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }
}
