package io.cityservices.redis;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxClock;
import io.cityservices.testkit.SignedEvent;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three instances of one app (three clients, each with its own connection to Redis) against the
 * sandbox and a real Redis: one token request per refresh in total, each webhook processed once,
 * and calls that go on in memory while Redis is down.
 */
class SharedInstancesTest {
  private static final URI ENDPOINT = URI.create("https://app.example/webhooks/city-services");

  static final Operation PING =
      Operation.read("ping", "traffic", "/v1/cities/{city}/traffic/ping").withoutCitizen();
  static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");
  static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  static final int INSTANCES = 3;

  static LocalRedis redis;
  static CitySandbox sandbox;
  static SandboxClock clock;

  final List<RedisSharing> sharing = new ArrayList<>();
  final List<CityServices> instances = new ArrayList<>();
  ExecutorService pool;

  @BeforeAll
  static void start() {
    redis = LocalRedis.start();
    clock = SandboxClock.fixed(Instant.parse("2026-12-02T08:00:00Z"));
    sandbox = CitySandbox.builder().discoverModules(false).module(new PingModule()).clock(clock).build().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
    redis.close();
  }

  @BeforeEach
  void startInstances() {
    sandbox.reset();
    redis.restart();
    pool = Executors.newFixedThreadPool(INSTANCES * 4);
    for (int i = 0; i < INSTANCES; i++) {
      RedisSharing shared =
          RedisSharing.builder()
              .uri(redis.uri())
              .encryptionKey(KEY)
              .clock(clock)
              .retryInterval(Duration.ofMillis(50))
              // Generous for a loaded CI machine; killing Redis fails commands at once anyway.
              .timeout(Duration.ofSeconds(2))
              .build();
      sharing.add(shared);
      instances.add(
          CityServices.builder()
              .baseUrl(sandbox.baseUrl())
              .credentials(sandbox.defaultApp().credentials())
              .clock(clock)
              .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(20)).build())
              .tokenStore(shared.tokenStore())
              .eventDeduplicator(shared.eventDeduplicator(sandbox.defaultApp().clientId()))
              .requestQuota(shared.requestQuota(sandbox.defaultApp().clientId()))
              .departmentSignal(shared.departmentSignal(sandbox.defaultApp().clientId()))
              .build());
    }
  }

  @AfterEach
  void stopInstances() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    instances.forEach(CityServices::close);
    sharing.forEach(RedisSharing::close);
    redis.stop();
  }

  @Test
  void threeInstancesMakeOneTokenRequestPerRefreshThroughTwoLifetimes() throws Exception {
    int before = tokenRequests();

    callsFromEveryInstance(30);
    int first = tokenRequests() - before;
    clock.advance(TOKEN_LIFETIME);
    callsFromEveryInstance(30);
    int second = tokenRequests() - before;
    clock.advance(TOKEN_LIFETIME);
    callsFromEveryInstance(30);
    int third = tokenRequests() - before;

    System.out.printf("token requests by 3 instances, 270 calls over 3 token lifetimes: %d, %d, %d%n", first, second, third);
    assertThat(List.of(first, second, third)).containsExactly(1, 2, 3);
  }

  @Test
  void aRevokedTokenIsReplacedByOneRequestForAllInstances() throws Exception {
    callsFromEveryInstance(5);
    int before = tokenRequests();

    sandbox.revokeAppTokens();
    callsFromEveryInstance(10);

    System.out.printf("token requests after revocation, 3 instances: %d%n", tokenRequests() - before);
    assertThat(tokenRequests() - before).isEqualTo(1);
  }

  @Test
  void theSameThousandWebhooksDeliveredToThreeInstancesAreEachProcessedOnce() throws Exception {
    List<SignedEvent> events = events(1000);

    Map<String, AtomicInteger> processed = deliverToEveryInstance(events);

    long duplicates = INSTANCES * events.size() - processed.values().stream().mapToInt(AtomicInteger::get).sum();
    System.out.printf("1000 webhooks x 3 instances: %d processed, %d duplicates%n", processed.size(), duplicates);
    assertThat(processed).hasSize(1000);
    assertThat(processed.values()).allSatisfy(n -> assertThat(n).hasValue(1));
  }

  @Test
  void redisKilledMidRunCallsGoOnInMemoryAndSharingResumesWhenItIsBack() throws Exception {
    callsFromEveryInstance(5);
    int before = tokenRequests();

    redis.stop();
    sandbox.revokeAppTokens();
    callsFromEveryInstance(10);
    int whileDown = tokenRequests() - before;
    Map<String, AtomicInteger> downProcessed = deliverToEveryInstance(events(50));

    redis.restart();
    awaitSharing();
    int resumed = tokenRequests();
    clock.advance(TOKEN_LIFETIME);
    callsFromEveryInstance(10);
    int afterBack = tokenRequests() - resumed;
    Map<String, AtomicInteger> upProcessed = deliverToEveryInstance(events(200));

    System.out.printf(
        "Redis down: 90 calls succeeded, %d token requests (one per instance), webhooks processed per instance: %s;"
            + " Redis back: %d token request for 3 instances, 200 webhooks processed once each: %s%n",
        whileDown, downProcessed.values().stream().mapToInt(AtomicInteger::get).max().orElse(0),
        afterBack, upProcessed.values().stream().allMatch(n -> n.get() == 1));
    assertThat(whileDown).isEqualTo(INSTANCES);
    assertThat(downProcessed.values()).allSatisfy(n -> assertThat(n.get()).isBetween(1, INSTANCES));
    assertThat(afterBack).isEqualTo(1);
    assertThat(upProcessed).hasSize(200);
    assertThat(upProcessed.values()).allSatisfy(n -> assertThat(n).hasValue(1));
  }

  /** Each instance makes {@code perInstance} calls from 4 threads at once; every call must succeed. */
  void callsFromEveryInstance(int perInstance) throws Exception {
    List<Future<JsonNode>> calls = new ArrayList<>();
    for (CityServices instance : instances) {
      for (int i = 0; i < perInstance; i++) {
        calls.add(pool.submit(() -> instance.apiExecutor().execute(
            ApiRequest.of(PING).path("city", CityCode.SHANGHAI).build(), RequestOptions.none(),
            ResponseType.of(JsonNode.class))));
      }
    }
    for (Future<JsonNode> call : calls) {
      assertThat(call.get(30, TimeUnit.SECONDS).get("city").asText()).isEqualTo("310000");
    }
  }

  List<SignedEvent> events(int count) {
    List<SignedEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(sandbox.events().signedEvent("traffic.violation.recorded", "310000",
          sandbox.mapper().createObjectNode().put("n", i), ENDPOINT));
    }
    return events;
  }

  /** Delivers every event to every instance, the instances concurrently; counts non-duplicates. */
  Map<String, AtomicInteger> deliverToEveryInstance(List<SignedEvent> events) throws Exception {
    Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
    List<Future<?>> deliveries = new ArrayList<>();
    for (CityServices instance : instances) {
      deliveries.add(pool.submit(() -> {
        for (SignedEvent event : events) {
          WebhookEvent received = instance.webhooks().forEndpoint(ENDPOINT).verify(event.body(), event.headers());
          if (!received.isDuplicate()) {
            processed.computeIfAbsent(received.id(), id -> new AtomicInteger()).incrementAndGet();
          }
        }
      }));
    }
    for (Future<?> delivery : deliveries) {
      delivery.get(60, TimeUnit.SECONDS);
    }
    return processed;
  }

  /** Feeds each instance fresh events until its next Redis command succeeds again. */
  void awaitSharing() {
    long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    for (int i = 0; i < INSTANCES; i++) {
      while (!sharing.get(i).isShared()) {
        assertThat(System.nanoTime() - giveUpAt).as("Redis sharing resumed within 15 s").isNegative();
        SignedEvent probe = events(1).get(0);
        instances.get(i).webhooks().forEndpoint(ENDPOINT).verify(probe.body(), probe.headers());
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }
  }

  static int tokenRequests() {
    return sandbox.requests(postRequestedFor(urlEqualTo("/v1/oauth2/token"))).size();
  }
}
