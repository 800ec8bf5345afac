package io.cityservices.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.error.ServerException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResilienceTest {

  record Item(String itemId) {}

  static final Operation LIST = Operation.read("listItems", "traffic", "/v1/cities/{city}/traffic/items").withoutCitizen();
  static final Operation PAY = Operation.create("payItem", "traffic", "/v1/cities/{city}/traffic/payments").withoutCitizen();
  static final Operation STATIONS =
      Operation.publicRead("listStations", "traffic", "/v1/cities/{city}/traffic/stations");
  static final Operation HOSPITALS = Operation.publicRead("listHospitals", "health", "/v1/cities/{city}/health/hospitals");

  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(4)).build();
  /** A breaker that never trips, to observe the retry budget alone. */
  static final CircuitBreakerConfig NO_BREAKER =
      CircuitBreakerConfig.builder().slidingWindowSize(1_000_000).minimumNumberOfCalls(1_000_000).build();

  @RegisterExtension static final WireMockSupport wiremock = new WireMockSupport();

  WireMockServer server;
  CityServices client;

  @BeforeEach
  void reset() {
    server = wiremock.server();
    client =
        WireMockSupport.client(server)
            .retryPolicy(FAST_RETRIES)
            .readTimeout(Duration.ofMillis(500))
            .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  static ApiRequest list(CityCode city) {
    return ApiRequest.of(LIST).path("city", city).build();
  }

  static ApiRequest pay() {
    return ApiRequest.of(PAY).path("city", CityCode.SHANGHAI).body(Map.of("violation_id", "V1")).build();
  }

  <T> T call(ApiRequest r, ResponseType<T> t) {
    return client.apiExecutor().execute(r, RequestOptions.none(), t);
  }

  int requests() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void aTotalOutageCostsAtMostTenPercentExtraRequests() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
    try (CityServices c = WireMockSupport.client(server).retryPolicy(FAST_RETRIES).circuitBreaker(NO_BREAKER).build()) {
      int calls = 1_000;
      for (int i = 0; i < calls; i++) {
        assertThatThrownBy(() -> c.apiExecutor().execute(list(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none()))
            .isInstanceOf(DepartmentUnavailableException.class);
      }
      int sent = requests();
      System.out.printf("outage: %d calls sent %d requests (%.3f per call)%n", calls, sent, sent / (double) calls);
      assertThat(sent).isGreaterThan(calls).isLessThanOrEqualTo(1_100);
    }
  }

  @Test
  void withTheBreakerAnOutageStopsReachingTheDepartmentAtAll() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 1_000; i++) {
      assertThatThrownBy(() -> call(list(CityCode.SHANGHAI), ResponseType.none()))
          .isInstanceOf(DepartmentUnavailableException.class);
    }
    int sent = requests();
    System.out.printf("outage with breaker: 1000 calls sent %d requests%n", sent);
    assertThat(sent).isLessThan(40);
  }

  @Test
  void closingTheClientFailsACallWaitingToRetryInsteadOfLeavingItPending() throws Exception {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5")));
    CountDownLatch firstAttempt = new CountDownLatch(1);
    server.addMockServiceRequestListener((request, response) -> firstAttempt.countDown());
    CityServices closing = WireMockSupport.client(server).retryPolicy(FAST_RETRIES).build();

    CompletableFuture<Void> call =
        closing.apiExecutor().executeAsync(list(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none());
    assertThat(firstAttempt.await(5, TimeUnit.SECONDS)).isTrue();
    closing.close();

    assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(TransportException.class)
        .hasMessageContaining("client_closed");
  }

  @Test
  void aFailedPaymentTellsWhichIdempotencyKeyToRetryWith() {
    server.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    TransportException e = catchThrowableOfType(TransportException.class, () -> call(pay(), ResponseType.none()));

    List<LoggedRequest> sent = server.findAll(postRequestedFor(anyUrl()));
    assertThat(sent).isNotEmpty();
    assertThat("\"" + e.idempotencyKey() + "\"").isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
  }

  @Test
  void anOpenBreakerFailsFastWithoutSendingAndOnlyForItsDepartment() {
    List<String> transitions = new CopyOnWriteArrayList<>();
    server.stubFor(get(urlPathEqualTo("/v1/cities/310000/traffic/items")).willReturn(aResponse().withStatus(500)));
    server.stubFor(get(urlPathEqualTo("/v1/cities/330100/traffic/items")).willReturn(okJson("[]")));
    try (CityServices c =
        WireMockSupport.client(server)
            .circuitBreakerListener((name, from, to) -> transitions.add(name + " " + from + "->" + to))
            .build()) {
      for (int i = 0; i < 10; i++) {
        assertThatThrownBy(() -> c.apiExecutor().execute(list(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none()))
            .isInstanceOf(ServerException.class);
      }
      int before = requests();
      long start = System.nanoTime();
      DepartmentUnavailableException open =
          catchThrowableOfType(
              DepartmentUnavailableException.class,
              () -> c.apiExecutor().execute(list(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none()));
      long failFastMicros = (System.nanoTime() - start) / 1_000;
      System.out.printf("open breaker failed fast in %d us%n", failFastMicros);

      assertThat(open.circuitOpen()).isTrue();
      assertThat(open.department()).isEqualTo("310000/traffic");
      assertThat(open.code()).isEqualTo("circuit_open");
      assertThat(requests()).isEqualTo(before);
      assertThat(transitions).containsExactly("310000/traffic CLOSED->OPEN");
      c.apiExecutor().execute(list(CityCode.HANGZHOU), RequestOptions.none(), ResponseType.none());
    }
  }

  @Test
  void exhaustedAttemptsAreCountedOnTheException() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(502)));

    ServerException e = catchThrowableOfType(ServerException.class, () -> call(list(CityCode.SHANGHAI), ResponseType.none()));

    assertThat(e.attempts()).isEqualTo(3);
    assertThat(requests()).isEqualTo(3);
  }

  @Test
  void clientErrorsAreNeverRetried() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> call(list(CityCode.SHANGHAI), ResponseType.none())).isInstanceOf(CityServicesException.class);

    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void retryAfterIsHonouredThenTheCallSucceeds() {
    server.stubFor(get(anyUrl()).inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    server.stubFor(get(anyUrl()).inScenario("rl").whenScenarioStateIs("ok").willReturn(okJson("{\"item_id\":\"i1\"}")));

    long start = System.nanoTime();
    Item item = call(list(CityCode.SHANGHAI), ResponseType.of(Item.class));
    long waitedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(item.itemId()).isEqualTo("i1");
    assertThat(requests()).isEqualTo(2);
    // The back-off alone is at most 4 ms: a wait of 900 ms or more can only come from Retry-After.
    assertThat(waitedMs).isGreaterThanOrEqualTo(900);
  }

  @Test
  void aRetryAfterBeyondTheDeadlineFailsAtOnce() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

    RateLimitedException e =
        catchThrowableOfType(
            RateLimitedException.class,
            () -> client.apiExecutor().execute(list(CityCode.SHANGHAI),
                RequestOptions.builder().timeout(Duration.ofSeconds(5)).build(), ResponseType.none()));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
    assertThat(e.attempts()).isEqualTo(1);
  }

  @Test
  void anExhaustedRateLimitQuotaFailsFastWithoutSending() {
    server.stubFor(get(anyUrl()).willReturn(okJson("[]")
        .withHeader("RateLimit-Policy", "\"default\";q=100;w=60")
        .withHeader("RateLimit", "\"default\";r=0;t=30")));
    try (CityServices c = WireMockSupport.client(server).rateLimitMode(RateLimitMode.FAIL_FAST).build()) {
      c.apiExecutor().execute(list(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none());

      RateLimitedException e =
          catchThrowableOfType(
              RateLimitedException.class,
              () -> c.apiExecutor().execute(list(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none()));

      assertThat(e.status()).isZero();
      assertThat(e.code()).isEqualTo("rate_limit_exhausted");
      assertThat(requests()).isEqualTo(1);
    }
  }

  @Test
  void aPaymentRetriedAfterAConnectionResetCarriesTheSameKeyAndBody() {
    server.stubFor(post(anyUrl()).inScenario("pay").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    server.stubFor(post(anyUrl()).inScenario("pay").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"item_id\":\"paid\"}").withStatus(201)));

    Item paid = call(pay(), ResponseType.of(Item.class));

    List<LoggedRequest> sent = server.findAll(postRequestedFor(anyUrl()));
    assertThat(paid.itemId()).isEqualTo("paid");
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getHeader("Idempotency-Key")).isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
    assertThat(sent.get(1).getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString());
    assertThat(sent.get(1).getHeader("X-Request-Id")).isEqualTo(sent.get(0).getHeader("X-Request-Id"));
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void everyConnectionFaultEndsInATypedExceptionAfterBoundedAttempts(Fault fault) {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withFault(fault)));

    TransportException e = catchThrowableOfType(TransportException.class, () -> call(list(CityCode.SHANGHAI), ResponseType.of(Item.class)));

    assertThat(e).isNotNull();
    assertThat(e.attempts()).isBetween(1, 3);
    assertThat(requests()).isBetween(1, 3);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void everyConnectionFaultOnceIsRetriedToSuccess(Fault fault) {
    server.stubFor(get(anyUrl()).inScenario("f").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(fault)).willSetStateTo("ok"));
    server.stubFor(get(anyUrl()).inScenario("f").whenScenarioStateIs("ok").willReturn(okJson("{\"item_id\":\"i2\"}")));

    assertThat(call(list(CityCode.SHANGHAI), ResponseType.of(Item.class)).itemId()).isEqualTo("i2");
  }

  @Test
  void aDelayPastTheReadTimeoutIsRetriedThenSucceeds() {
    server.stubFor(get(anyUrl()).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"item_id\":\"late\"}").withFixedDelay(2_000)).willSetStateTo("ok"));
    server.stubFor(get(anyUrl()).inScenario("slow").whenScenarioStateIs("ok").willReturn(okJson("{\"item_id\":\"i3\"}")));

    assertThat(call(list(CityCode.SHANGHAI), ResponseType.of(Item.class)).itemId()).isEqualTo("i3");
  }

  @Test
  void aBurstOf503sIsRetriedToSuccess() {
    server.stubFor(get(anyUrl()).inScenario("b").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
    server.stubFor(get(anyUrl()).inScenario("b").whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    server.stubFor(get(anyUrl()).inScenario("b").whenScenarioStateIs("ok").willReturn(okJson("{\"item_id\":\"i4\"}")));

    assertThat(call(list(CityCode.SHANGHAI), ResponseType.of(Item.class)).itemId()).isEqualTo("i4");
    assertThat(requests()).isEqualTo(3);
  }

  @Test
  void aWrongContentTypeOrTruncatedBodyIsATypedException() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>hi</html>")));
    assertThatThrownBy(() -> call(list(CityCode.SHANGHAI), ResponseType.of(Item.class))).isInstanceOf(TransportException.class);

    server.stubFor(get(anyUrl()).willReturn(okJson("{\"item_id\":\"tru")));
    assertThatThrownBy(() -> call(list(CityCode.SHANGHAI), ResponseType.of(Item.class))).isInstanceOf(TransportException.class);
  }

  @Test
  void aHundredConcurrentIdenticalPublicReadsCauseOneRequest() throws Exception {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"item_id\":\"s1\"}").withHeader("Cache-Control", "no-cache").withFixedDelay(300)));
    ExecutorService pool = Executors.newFixedThreadPool(100);
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Item>> results = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      results.add(CompletableFuture.supplyAsync(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return call(ApiRequest.of(STATIONS).path("city", CityCode.SHANGHAI).build(), ResponseType.of(Item.class));
      }, pool));
    }
    go.countDown();
    for (CompletableFuture<Item> r : results) {
      assertThat(r.get(10, TimeUnit.SECONDS).itemId()).isEqualTo("s1");
    }
    pool.shutdown();

    assertThat(server.findAll(getRequestedFor(anyUrl()))).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void publicReadsAreCachedAndRevalidatedWithTheirEtag() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"item_id\":\"h1\"}").withHeader("Cache-Control", "public, max-age=300").withHeader("ETag", "\"v1\"")));
    ApiRequest hospitals = ApiRequest.of(HOSPITALS).path("city", CityCode.SHANGHAI).build();

    call(hospitals, ResponseType.of(Item.class));
    assertThat(call(hospitals, ResponseType.of(Item.class)).itemId()).isEqualTo("h1");
    assertThat(requests()).isEqualTo(1);

    server.stubFor(get(anyUrl()).willReturn(okJson("{\"item_id\":\"h1\"}").withHeader("Cache-Control", "no-cache").withHeader("ETag", "\"v2\"")));
    try (CityServices noStore = WireMockSupport.client(server).build()) {
      server.resetRequests();
      server.stubFor(get(anyUrl()).willReturn(okJson("{\"item_id\":\"h2\"}").withHeader("Cache-Control", "no-cache").withHeader("ETag", "\"v2\"")));
      noStore.apiExecutor().execute(hospitals, RequestOptions.none(), ResponseType.of(Item.class));
      server.stubFor(get(anyUrl()).withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v2\""))
          .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v2\"")));
      Item revalidated = noStore.apiExecutor().execute(hospitals, RequestOptions.none(), ResponseType.of(Item.class));
      assertThat(revalidated.itemId()).isEqualTo("h2");
      assertThat(server.findAll(getRequestedFor(anyUrl())).get(1).getHeader("If-None-Match")).isEqualTo("\"v2\"");
    }
  }
}
