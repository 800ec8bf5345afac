package io.cityservices.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call-level hooks and the notifications of the interceptor SPI, in their documented order. */
class InterceptorHooksTest {

  static final Operation LIST =
      Operation.read("listItems", "traffic", "/v1/cities/{city}/traffic/items").withoutCitizen();
  static final Operation STATIONS =
      Operation.publicRead("listStations", "traffic", "/v1/cities/{city}/traffic/stations");
  static final Operation NOTICES = Operation.publicRead("listNotices", "platform", "/v1/notices");

  @RegisterExtension static final WireMockSupport wiremock = new WireMockSupport();

  final List<String> events = new CopyOnWriteArrayList<>();
  WireMockServer server;
  CityServices client;

  @BeforeEach
  void start() {
    server = wiremock.server();
    client =
        WireMockSupport.client(server)
            .retryPolicy(
                RetryPolicy.builder()
                    .baseDelay(Duration.ofMillis(1))
                    .maxDelay(Duration.ofMillis(2))
                    .build())
            .addInterceptor(new Recorder(events))
            .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aRetriedCallIsOneCallOfTwoAttemptsWithTheRetryBetween() {
    server.stubFor(get(anyUrl()).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    server.stubFor(get(anyUrl()).inScenario("r").whenScenarioStateIs("up").willReturn(okJson("[]")));

    execute(ApiRequest.of(LIST).path("city", CityCode.SHANGHAI).build());

    assertThat(events)
        .containsExactly(
            "beforeCall listItems 310000/traffic",
            "beforeAttempt 1",
            "afterAttempt 1 503 DepartmentUnavailableException",
            "retry 1",
            "beforeAttempt 2",
            "afterAttempt 2 200 null",
            "afterCall 200 null");
  }

  @Test
  void aFailedCallEndsWithTheExceptionTheCallerGets() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> execute(ApiRequest.of(LIST).path("city", CityCode.SHANGHAI).build()))
        .isInstanceOf(NotFoundException.class);

    assertThat(events).last().isEqualTo("afterCall 404 NotFoundException");
    assertThat(events).filteredOn(e -> e.startsWith("retry")).isEmpty();
  }

  @Test
  void aFreshCachedReadIsACacheHitAndAPlatformCallHasNoCity() {
    server.stubFor(get(anyUrl()).willReturn(okJson("[]").withHeader("Cache-Control", "max-age=300")));
    ApiRequest notices = ApiRequest.of(NOTICES).build();

    execute(notices);
    events.clear();
    execute(notices);

    assertThat(events)
        .containsExactly(
            "beforeCall listNotices platform",
            "beforeAttempt 1",
            "cacheHit 1",
            "afterAttempt 1 200 null",
            "afterCall 200 null");
    assertThat(server.findAll(getRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void aReadJoiningAnIdenticalReadInFlightIsCoalesced() {
    server.stubFor(get(anyUrl()).willReturn(okJson("[]").withHeader("Cache-Control", "no-cache").withFixedDelay(1_000)));
    ApiRequest stations = ApiRequest.of(STATIONS).path("city", CityCode.SHANGHAI).build();

    // The first call registers its flight before executeAsync returns, so the second joins it.
    CompletableFuture<Void> first = client.apiExecutor().executeAsync(stations, RequestOptions.none(), ResponseType.none());
    CompletableFuture<Void> second = client.apiExecutor().executeAsync(stations, RequestOptions.none(), ResponseType.none());
    CompletableFuture.allOf(first, second).join();

    assertThat(events).filteredOn(e -> e.startsWith("coalesced")).hasSize(1);
    assertThat(events).filteredOn(e -> e.startsWith("afterCall")).containsExactly("afterCall 200 null", "afterCall 200 null");
    assertThat(server.findAll(getRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void aCallHeldForTheRateLimitResetIsNotifiedOfItsWait() {
    server.stubFor(get(anyUrl()).willReturn(okJson("[]")
        .withHeader("RateLimit-Policy", "\"default\";q=100;w=60")
        .withHeader("RateLimit", "\"default\";r=0;t=1")));
    ApiRequest list = ApiRequest.of(LIST).path("city", CityCode.SHANGHAI).build();

    execute(list);
    events.clear();
    execute(list);

    assertThat(events)
        .containsExactly(
            "beforeCall listItems 310000/traffic",
            "beforeAttempt 1",
            "rateLimitWait 1",
            "afterAttempt 1 200 null",
            "afterCall 200 null");
  }

  @Test
  void anInterceptorThrowingAfterTheCallNeitherChangesTheOutcomeNorSilencesTheOthers() {
    List<String> second = new CopyOnWriteArrayList<>();
    ExecutionInterceptor throwing =
        new ExecutionInterceptor() {
          @Override
          public void afterCall(CallInfo call, int status, RuntimeException failure) {
            throw new IllegalStateException("observer bug");
          }
        };
    server.stubFor(get(anyUrl()).willReturn(okJson("[]")));
    try (CityServices c =
        WireMockSupport.client(server).addInterceptor(throwing).addInterceptor(new Recorder(second)).build()) {
      c.apiExecutor().execute(ApiRequest.of(LIST).path("city", CityCode.SHANGHAI).build(), RequestOptions.none(), ResponseType.none());
    }

    assertThat(second).last().isEqualTo("afterCall 200 null");
  }

  @Test
  void aCallRefusedByValidationIsNoCall() {
    assertThatThrownBy(() -> execute(ApiRequest.of(LIST).path("city", "..").build()))
        .isInstanceOf(RuntimeException.class);

    assertThat(events).isEmpty();
  }

  private void execute(ApiRequest request) {
    client.apiExecutor().execute(request, RequestOptions.none(), ResponseType.none());
  }

  /** Writes each hook as one line: what it was told, never a value of the request. */
  record Recorder(List<String> events) implements ExecutionInterceptor {

    @Override
    public void beforeCall(CallInfo call) {
      events.add("beforeCall " + call.operation() + " " + call.department());
    }

    @Override
    public void afterCall(CallInfo call, int status, RuntimeException failure) {
      events.add("afterCall " + status + " " + name(failure));
    }

    @Override
    public void beforeAttempt(AttemptInfo attempt, BiConsumer<String, String> headers) {
      events.add("beforeAttempt " + attempt.attempt());
    }

    @Override
    public void afterAttempt(AttemptInfo attempt, int status, RuntimeException failure) {
      events.add("afterAttempt " + attempt.attempt() + " " + status + " " + name(failure));
    }

    @Override
    public void onRetry(AttemptInfo failed, Duration delay) {
      events.add("retry " + failed.attempt());
    }

    @Override
    public void onRateLimitWait(AttemptInfo attempt, Duration wait) {
      events.add("rateLimitWait " + attempt.attempt());
    }

    @Override
    public void onCacheHit(AttemptInfo attempt) {
      events.add("cacheHit " + attempt.attempt());
    }

    @Override
    public void onCoalesced(AttemptInfo attempt) {
      events.add("coalesced " + attempt.attempt());
    }

    private static String name(RuntimeException failure) {
      return failure == null ? "null" : failure.getClass().getSimpleName();
    }
  }
}
