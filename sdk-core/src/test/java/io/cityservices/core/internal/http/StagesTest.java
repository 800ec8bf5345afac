package io.cityservices.core.internal.http;

import io.cityservices.core.resilience.CircuitBreakerState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ServerException;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.http.Operation;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.internal.resilience.CircuitBreaker;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.core.internal.resilience.CircuitBreakers;
import io.cityservices.core.internal.resilience.Deadline;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.internal.resilience.RateLimitState;
import io.cityservices.core.internal.resilience.ResponseCache;
import io.cityservices.core.internal.resilience.RetryBudget;
import io.cityservices.core.resilience.DepartmentSignal;
import io.cityservices.core.resilience.RequestQuota;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stages one by one, each in front of a scripted inner stage. */
class StagesTest {

  private static final Interceptors NO_HOOKS = new Interceptors(List.of());

  static final Operation READ = Operation.read("listItems", "traffic", "/v1/cities/{city}/traffic/items").withoutCitizen();
  static final Operation CREATE = Operation.create("createItem", "traffic", "/v1/cities/{city}/traffic/items").withoutCitizen();
  static final Operation ACTION = Operation.action("doSomething", "traffic", "/v1/cities/{city}/traffic/actions");
  static final Operation STATIONS = Operation.publicRead("listStations", "traffic", "/v1/cities/{city}/traffic/stations");
  static final IncomingResponse OK = new IncomingResponse(200, Map.of(), new byte[0]);

  final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  final Timer timer = new Timer(scheduler);
  final List<Exchange> seen = new ArrayList<>();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  static CallContext call(Operation operation, String idempotencyKey) {
    return call(operation, idempotencyKey, Duration.ofSeconds(10));
  }

  static CallContext call(Operation operation, String idempotencyKey, Duration deadline) {
    ApiRequest request = ApiRequest.of(operation).path("city", CityCode.SHANGHAI).build();
    return new CallContext(
        request, RequestOptions.none(), "req-1", idempotencyKey, "http://127.0.0.1" + request.pathAndQuery(),
        null, null, Deadline.after(deadline));
  }

  /** An exchange as the attempt stage hands it inward: with its request. */
  static Exchange withRequest(CallContext call) {
    return Exchange.first(call).withRequest(new OutgoingRequest("GET", call.url(), null, null));
  }

  /** A chain of {@code outer} in front of an inner stage answering with {@code outcomes} in turn. */
  CompletableFuture<IncomingResponse> run(Stage outer, CallContext call, List<Object> outcomes) {
    Stage inner =
        (exchange, next) -> {
          seen.add(exchange);
          Object outcome = outcomes.get(Math.min(seen.size() - 1, outcomes.size() - 1));
          if (outcome instanceof RuntimeException e) {
            throw e;
          }
          return CompletableFuture.completedFuture((IncomingResponse) outcome);
        };
    return new Chain(List.of(outer, inner), 0).proceed(Exchange.first(call));
  }

  RetryStage retries() {
    RetryPolicy fast = RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build();
    return new RetryStage(fast, RetryBudget.create(), timer, new CallLogger(), NO_HOOKS);
  }

  static ServerException serverError() {
    return new ServerException("boom", 503, "server_error", "req-1", null, null);
  }

  @Test
  void aRetryNowIsHonouredOncePerCallThenTheUsualRulesApply() {
    SignatureException bad = new SignatureException("bad", 0, "signature_invalid", "req-1", null, null);
    AttemptFailure retryNow = new AttemptFailure(bad, 0, null, true);

    CompletableFuture<IncomingResponse> result =
        run(retries(), call(ACTION, null), List.of(retryNow, retryNow, OK));

    assertThatThrownBy(result::join).cause().isSameAs(bad);
    assertThat(seen).extracting(Exchange::attempt).containsExactly(1, 2);
    assertThat(seen).extracting(Exchange::recovered).containsExactly(false, true);
    assertThat(bad.attempts()).isEqualTo(2);
  }

  @Test
  void aFailedCreateCarriesItsIdempotencyKeyAndAttempts() {
    ServerException e = serverError();

    CompletableFuture<IncomingResponse> result =
        run(retries(), call(CREATE, "idem-1"), List.of(new AttemptFailure(e, 503, null, false)));

    assertThatThrownBy(result::join).isInstanceOf(CompletionException.class).cause().isSameAs(e);
    assertThat(e.idempotencyKey()).isEqualTo("idem-1");
    assertThat(e.attempts()).isEqualTo(RetryPolicy.builder().build().maxAttempts());
  }

  @Test
  void anActionWithoutIdempotencyKeyIsNeverRetried() {
    CompletableFuture<IncomingResponse> result =
        run(retries(), call(ACTION, null), List.of(new AttemptFailure(serverError(), 503, null, false), OK));

    assertThatThrownBy(result::join).hasCauseInstanceOf(ServerException.class);
    assertThat(seen).hasSize(1);
  }

  @Test
  void aRetryAfterBeyondTheDeadlineEndsTheCallAtOnce() {
    CompletableFuture<IncomingResponse> result =
        run(
            retries(),
            call(READ, null),
            List.of(new AttemptFailure(serverError(), 503, Duration.ofHours(1), false), OK));

    assertThatThrownBy(result::join).hasCauseInstanceOf(ServerException.class);
    assertThat(seen).hasSize(1);
  }

  @Test
  void attemptHooksAreBalancedWhenAnInnerStageThrowsAndProtocolHeadersWin() {
    List<String> events = new ArrayList<>();
    ExecutionInterceptor recorder =
        new ExecutionInterceptor() {
          @Override
          public void beforeAttempt(AttemptInfo attempt, BiConsumer<String, String> headers) {
            events.add("before");
            headers.accept("x-request-id", "forged");
          }

          @Override
          public void afterAttempt(AttemptInfo attempt, int status, RuntimeException failure) {
            events.add("after " + status + " " + (failure == null ? null : failure.getClass().getSimpleName()));
          }
        };
    AttemptStage attempts = new AttemptStage("ua", new Interceptors(List.of(recorder)), new CallLogger());

    CompletableFuture<IncomingResponse> failed =
        run(attempts, call(READ, null), List.of(serverError()));
    CompletableFuture<IncomingResponse> ok = run(attempts, call(READ, null), List.of(OK));

    assertThatThrownBy(failed::join).hasCauseInstanceOf(CityServicesException.class);
    assertThat(ok.join()).isSameAs(OK);
    assertThat(events).containsExactly("before", "after 503 ServerException", "before", "after 200 null");
    assertThat(seen.get(1).request().header("x-request-id")).isEqualTo("req-1");
  }

  @Test
  void aStageThatThrowsFailsItsFutureInsteadOfTheCaller() {
    Stage throwing = (exchange, next) -> { throw serverError(); };

    CompletableFuture<IncomingResponse> result =
        new Chain(List.of(throwing), 0).proceed(Exchange.first(call(READ, null)));

    assertThat(result).isCompletedExceptionally();
  }

  AdmissionStage admission(CircuitBreakers breakers) {
    Clock clock = Clock.systemUTC();
    return new AdmissionStage(
        breakers, RequestQuota.inMemory(clock), DepartmentSignal.NONE, RateLimitMode.WAIT, timer,
        new ErrorMapper(JsonMapperFactory.create(), clock), clock, NO_HOOKS);
  }

  @Test
  void admissionMapsAnUnsuccessfulVerifiedResponseWithItsRetryAfter() {
    CircuitBreakers breakers = new CircuitBreakers(CircuitBreakerConfig.defaults(), Clock.systemUTC(), CircuitBreakerListener.NONE);
    IncomingResponse unavailable = new IncomingResponse(503, Map.of("retry-after", "7"), new byte[0]);
    Stage inner = (exchange, next) -> CompletableFuture.completedFuture(unavailable);

    CompletableFuture<IncomingResponse> result =
        new Chain(List.of(admission(breakers), inner), 0).proceed(withRequest(call(READ, null)));

    assertThatThrownBy(result::join)
        .cause()
        .isInstanceOfSatisfying(
            AttemptFailure.class,
            f -> {
              assertThat(f.failure()).isInstanceOf(DepartmentUnavailableException.class);
              assertThat(f.status()).isEqualTo(503);
              assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(7));
            });
  }

  @Test
  void anOpenBreakerRefusesTheAttemptWithoutRunningTheStagesInside() {
    CircuitBreakers breakers =
        new CircuitBreakers(
            CircuitBreakerConfig.builder().slidingWindowSize(2).minimumNumberOfCalls(2).build(),
            Clock.systemUTC(), CircuitBreakerListener.NONE);
    breakers.forDepartment("310000/traffic").onFailure();
    breakers.forDepartment("310000/traffic").onFailure();

    CompletableFuture<IncomingResponse> result =
        new Chain(List.of(admission(breakers), (Stage) (exchange, next) -> {
          seen.add(exchange);
          return CompletableFuture.completedFuture(OK);
        }), 0).proceed(withRequest(call(READ, null)));

    assertThatThrownBy(result::join)
        .cause()
        .isInstanceOfSatisfying(DepartmentUnavailableException.class, e -> assertThat(e.circuitOpen()).isTrue());
    assertThat(seen).isEmpty();
  }

  @Test
  void aSignalFromAnotherInstanceRefusesWhileThisBreakerIsClosedAndTheQuotaLearnsThePolicy() {
    CircuitBreakers breakers =
        new CircuitBreakers(CircuitBreakerConfig.defaults(), Clock.systemUTC(), CircuitBreakerListener.NONE);
    List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
    DepartmentSignal signal = new DepartmentSignal() {
      @Override
      public CompletableFuture<Boolean> isOpenElsewhere(String departmentKey, Duration maxWait) {
        asked.add(departmentKey);
        return CompletableFuture.completedFuture(open.get());
      }

      @Override
      public void onStateChange(String name, CircuitBreakerState from, CircuitBreakerState to) {}
    };
    List<RequestQuota.Observation> observed = new java.util.concurrent.CopyOnWriteArrayList<>();
    RequestQuota quota = new RequestQuota() {
      @Override
      public CompletableFuture<Duration> acquire(String departmentKey, RateLimitMode mode, Duration maxWait) {
        return CompletableFuture.completedFuture(Duration.ZERO);
      }

      @Override
      public void observe(String departmentKey, Observation observation) {
        observed.add(observation);
      }
    };
    Clock clock = Clock.systemUTC();
    AdmissionStage admission = new AdmissionStage(breakers, quota, signal, RateLimitMode.WAIT, timer,
        new ErrorMapper(JsonMapperFactory.create(), clock), clock, NO_HOOKS);
    IncomingResponse limited = new IncomingResponse(200,
        Map.of("ratelimit", "\"default\";r=7;t=1", "ratelimit-policy", "\"default\";q=50;w=1"), new byte[0]);
    Stage inner = (exchange, next) -> {
      seen.add(exchange);
      return CompletableFuture.completedFuture(limited);
    };

    CompletableFuture<IncomingResponse> refused =
        new Chain(List.of(admission, inner), 0).proceed(withRequest(call(READ, null)));
    assertThatThrownBy(refused::join)
        .cause()
        .isInstanceOfSatisfying(DepartmentUnavailableException.class, e -> {
          assertThat(e.circuitOpen()).isTrue();
          assertThat(e.code()).isEqualTo(CircuitBreaker.CIRCUIT_OPEN_CODE);
        });
    assertThat(seen).isEmpty();

    open.set(false);
    new Chain(List.of(admission, inner), 0).proceed(withRequest(call(READ, null))).join();
    assertThat(seen).hasSize(1);
    assertThat(observed).singleElement().satisfies(o -> {
      assertThat(o.remaining()).isEqualTo(7);
      assertThat(o.limit()).hasValue(50);
      assertThat(o.window()).contains(Duration.ofSeconds(1));
    });
    assertThat(asked).hasSize(2);
  }

  @Test
  void concurrentPublicReadsShareOneInnerRunAndAFreshHitRunsNone() {
    CacheStage cache = new CacheStage(new ResponseCache<>(10, Clock.systemUTC()), NO_HOOKS);
    CompletableFuture<IncomingResponse> pending = new CompletableFuture<>();
    Stage inner = (exchange, next) -> {
      seen.add(exchange);
      return pending;
    };
    Chain chain = new Chain(List.of(cache, inner), 0);

    CompletableFuture<IncomingResponse> first = chain.proceed(withRequest(call(STATIONS, null)));
    CompletableFuture<IncomingResponse> second = chain.proceed(withRequest(call(STATIONS, null)));
    IncomingResponse cacheable =
        new IncomingResponse(200, Map.of("cache-control", "max-age=60"), "[]".getBytes());
    pending.complete(cacheable);
    CompletableFuture<IncomingResponse> third = chain.proceed(withRequest(call(STATIONS, null)));

    assertThat(List.of(first.join(), second.join(), third.join())).allSatisfy(r -> assertThat(r).isSameAs(cacheable));
    assertThat(seen).hasSize(1);
  }

  @Test
  void theDeadlineEndsTheCallAndCancelsWhatRunsInside() {
    CallContext call = call(READ, null, Duration.ofMillis(50));
    Stage hanging = (exchange, next) -> new CompletableFuture<>();

    CompletableFuture<IncomingResponse> result =
        new Chain(List.of(new DeadlineStage(), hanging), 0).proceed(Exchange.first(call));

    assertThatThrownBy(result::join).cause().isInstanceOf(ApiTimeoutException.class);
    assertThat(call.isCancelled()).isTrue();
  }
}
