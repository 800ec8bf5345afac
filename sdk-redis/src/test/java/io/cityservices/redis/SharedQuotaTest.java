package io.cityservices.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RequestQuota;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.RateLimit;
import io.cityservices.testkit.SandboxClock;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A department's advertised quota of 50 requests per second shared by three instances through one
 * token bucket in a real Redis. Time is the sandbox's clock, given to the buckets too, so every
 * window's count is exact rather than a matter of timing.
 */
class SharedQuotaTest {

  static final Instant START = Instant.parse("2026-12-02T08:00:00Z");
  static final int LIMIT = 50;
  static final int INSTANCES = 3;
  static final Duration STEP = Duration.ofMillis(20);

  final SandboxClock clock = SandboxClock.fixed(START);
  final PingModule ping = new PingModule();
  final List<AutoCloseable> opened = new ArrayList<>();
  LocalRedis redis;
  CitySandbox sandbox;

  @AfterEach
  void close() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
  }

  @Test
  void threeInstancesTogetherSendAtMostTheAdvertisedQuotaPerWindow() {
    List<CityServices> instances = instances(true);

    Outcomes outcomes = runTwoWindows(instances);

    Map<Long, Integer> perSecond = ping.answeredPerSecond();
    System.out.printf(
        "shared quota %d/s, 3 instances x 3 calls every 20 ms for 2 s: answered per second %s,"
            + " refused before sending %d, refused by the sandbox (429) %d%n",
        LIMIT, perSecond, outcomes.refusedBeforeSending.get(), outcomes.refusedBySandbox.get());
    assertThat(outcomes.refusedBySandbox).hasValue(0);
    assertThat(perSecond.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(LIMIT));
    long measured = START.getEpochSecond() + 1;
    assertThat(perSecond.get(measured)).isBetween(LIMIT * 8 / 10, LIMIT);
    assertThat(perSecond.get(measured + 1)).isBetween(LIMIT * 8 / 10, LIMIT);
  }

  @Test
  void withoutSharingTheSameLoadRunsIntoThePlatformsLimit() {
    List<CityServices> instances = instances(false);

    Outcomes outcomes = runTwoWindows(instances);

    System.out.printf("in-memory quotas, same load: answered per second %s, refused by the sandbox (429) %d%n",
        ping.answeredPerSecond(), outcomes.refusedBySandbox.get());
    assertThat(outcomes.refusedBySandbox.get()).isPositive();
  }

  @Test
  void theBucketQueuesWaitersWithinTheirDeadlineAndFailsFastWhenEmpty() throws Exception {
    start();
    try (RedisSharing sharing = sharing()) {
      RedisRequestQuota quota = sharing.requestQuota("quota-app");
      quota.observe("310000/traffic", new RequestQuota.Observation(
          49, Duration.ofSeconds(1), OptionalLong.of(LIMIT), Optional.of(Duration.ofSeconds(1))));

      List<Long> waits = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        waits.add(quota.acquire("310000/traffic", RateLimitMode.WAIT, Duration.ofMillis(100)).get().toMillis());
      }
      CompletableFuture<Duration> beyondDeadline =
          quota.acquire("310000/traffic", RateLimitMode.WAIT, Duration.ofMillis(100));
      CompletableFuture<Duration> failFast =
          quota.acquire("310000/traffic", RateLimitMode.FAIL_FAST, Duration.ofSeconds(10));

      // cap = 5 tokens; refill 45 per second: one more token every 22.2 ms, reserved in order.
      assertThat(waits).containsExactly(0L, 0L, 0L, 0L, 0L, 23L, 45L, 67L, 89L);
      assertThatThrownBy(beyondDeadline::join).isInstanceOf(CompletionException.class)
          .cause().isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.code()).isEqualTo("rate_limit_exhausted");
            assertThat(e.status()).isZero();
            assertThat(e.retryAfter()).contains(Duration.ofMillis(112));
          });
      assertThatThrownBy(failFast::join).cause().isInstanceOf(RateLimitedException.class);

      try (StatefulRedisConnection<String, String> admin = admin()) {
        assertThat(admin.sync().keys("*")).containsExactly("cityservices:{quota-app}:quota:310000/traffic");
      }
      clock.advance(Duration.ofSeconds(1));
      assertThat(quota.acquire("310000/traffic", RateLimitMode.FAIL_FAST, Duration.ZERO).get()).isZero();
    }
  }

  @Test
  void redisDownTheQuotaFallsBackToThisInstancesOwnRecord() throws Exception {
    start();
    try (RedisSharing sharing = sharing()) {
      RedisRequestQuota quota = sharing.requestQuota("quota-app");
      quota.observe("310000/traffic", new RequestQuota.Observation(
          40, Duration.ofSeconds(1), OptionalLong.of(1), Optional.of(Duration.ofSeconds(1))));
      assertThat(quota.acquire("310000/traffic", RateLimitMode.FAIL_FAST, Duration.ofSeconds(1)).get()).isZero();
      assertThatThrownBy(() -> quota.acquire("310000/traffic", RateLimitMode.FAIL_FAST, Duration.ofSeconds(1)).join())
          .cause().isInstanceOf(RateLimitedException.class);

      redis.stop();
      for (int i = 0; i < 20; i++) {
        assertThat(quota.acquire("310000/traffic", RateLimitMode.FAIL_FAST, Duration.ofSeconds(1)).get()).isZero();
      }
      assertThat(sharing.isShared()).isFalse();
      quota.observe("310000/traffic", new RequestQuota.Observation(
          0, Duration.ofSeconds(3), OptionalLong.of(1), Optional.of(Duration.ofSeconds(1))));
      assertThat(quota.acquire("310000/traffic", RateLimitMode.WAIT, Duration.ofSeconds(5)).get())
          .as("this instance's own record of an exhausted quota still applies")
          .isEqualTo(Duration.ofSeconds(3));
    }
  }

  record Outcomes(AtomicInteger refusedBeforeSending, AtomicInteger refusedBySandbox) {}

  /**
   * One warm-up call per instance (token, policy learned) in the window before, then two windows of
   * 50 steps of 20 ms: at each step every instance makes 3 calls at once, awaited before the clock
   * moves on.
   */
  Outcomes runTwoWindows(List<CityServices> instances) {
    for (CityServices instance : instances) {
      ping(instance).join();
    }
    clock.advance(Duration.ofSeconds(1));
    Outcomes outcomes = new Outcomes(new AtomicInteger(), new AtomicInteger());
    for (int step = 0; step < 2 * 1000 / STEP.toMillis(); step++) {
      List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
      for (CityServices instance : instances) {
        for (int i = 0; i < 3; i++) {
          calls.add(ping(instance));
        }
      }
      for (CompletableFuture<JsonNode> call : calls) {
        try {
          call.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          Throwable cause = e.getCause();
          if (cause instanceof RateLimitedException limited) {
            (limited.status() == 0 ? outcomes.refusedBeforeSending : outcomes.refusedBySandbox).incrementAndGet();
          } else {
            throw new AssertionError("unexpected failure", e);
          }
        }
      }
      clock.advance(STEP);
    }
    return outcomes;
  }

  List<CityServices> instances(boolean shared) {
    start();
    sandbox.rateLimit(RateLimit.of(LIMIT, Duration.ofSeconds(1)));
    List<CityServices> instances = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      RedisSharing sharing = sharing();
      CityServices.Builder builder = CityServices.builder()
          .baseUrl(sandbox.baseUrl())
          .credentials(sandbox.defaultApp().credentials())
          .clock(clock)
          .checkServiceCatalog(false)
          .rateLimitMode(RateLimitMode.FAIL_FAST)
          // One attempt: a 429 is counted as the sandbox's refusal, not retried into another outcome.
          .retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
          .tokenStore(sharing.tokenStore());
      if (shared) {
        builder.requestQuota(sharing.requestQuota(sandbox.defaultApp().clientId()));
      }
      CityServices instance = builder.build();
      opened.add(instance);
      instances.add(instance);
    }
    return instances;
  }

  void start() {
    redis = LocalRedis.start();
    opened.add(redis);
    sandbox = CitySandbox.builder().discoverModules(false).module(ping).clock(clock).build().start();
    opened.add(sandbox);
  }

  RedisSharing sharing() {
    RedisSharing sharing = RedisSharing.builder()
        .uri(redis.uri())
        .encryptionKey(SharedInstancesTest.KEY)
        .clock(clock)
        .quotaClock(clock)
        .timeout(Duration.ofSeconds(2))
        .retryInterval(Duration.ofMinutes(1))
        .build();
    opened.add(sharing);
    return sharing;
  }

  StatefulRedisConnection<String, String> admin() {
    RedisClient client = RedisClient.create(redis.uri());
    opened.add(client::shutdown);
    return client.connect();
  }

  static CompletableFuture<JsonNode> ping(CityServices instance) {
    return instance.apiExecutor().executeAsync(
        ApiRequest.of(SharedInstancesTest.PING).path("city", CityCode.SHANGHAI).build(),
        RequestOptions.none(), ResponseType.of(JsonNode.class));
  }
}
