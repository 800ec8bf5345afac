package io.cityservices.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.signing.SigningKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request chain's promises against a platform that signs like the real one: every wait ends
 * within the call's deadline, the async API never parks a thread, nothing from a response is used
 * before it verified, and the client recovers once (never in a loop) from a bad token or key set.
 */
class RequestChainTest {

  record Item(String itemId) {}

  static final Operation LIST =
      Operation.read("listItems", "traffic", "/v1/cities/{city}/traffic/items").withoutCitizen();
  static final Operation CITIZEN_LIST =
      Operation.read("listOwnItems", "traffic", "/v1/cities/{city}/traffic/items");
  static final Operation PAY =
      Operation.payment("payItem", "traffic", "/v1/cities/{city}/traffic/payments").withoutCitizen();
  static final Operation HOSPITALS =
      Operation.read("listHospitals", "health", "/v1/cities/{city}/health/hospitals").withoutCitizen();
  static final SigningKey APP_KEY =
      KeyPairs.generate("app-key-1", SignatureAlgorithm.ED25519).signingKey();
  static final Duration DEADLINE = Duration.ofSeconds(2);
  static final Duration GRACE = Duration.ofMillis(200);
  static final ResponseType<Item> ITEM = ResponseType.of(Item.class);

  SignedPlatform platform;
  final List<CityServices> clients = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    platform = new SignedPlatform();
  }

  @AfterEach
  void stop() {
    clients.forEach(CityServices::close);
    platform.close();
  }

  CityServices client(Function<CityServices.Builder, CityServices.Builder> configure) {
    CityServices client =
        configure
            .apply(
                CityServices.builder()
                    .baseUrl(platform.baseUrl())
                    .credentials(AppCredentials.privateKey("app-1", APP_KEY))
                    .checkServiceCatalog(false)
                    .callTimeout(Duration.ofSeconds(10)))
            .build();
    clients.add(client);
    return client;
  }

  static ApiRequest list() {
    return ApiRequest.of(LIST).path("city", CityCode.SHANGHAI).build();
  }

  static ApiRequest pay() {
    return ApiRequest.of(PAY).path("city", CityCode.SHANGHAI).body(Map.of("violation_id", "V1")).build();
  }

  static RequestOptions within(Duration deadline) {
    return RequestOptions.builder().timeout(deadline).build();
  }

  /** Runs 8 concurrent calls with a 2 s deadline and returns how long each took to fail, in ms. */
  List<Long> eightCallsFail(CityServices client, ApiRequest request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Long>> results = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(
          pool.submit(
              () -> {
                go.await();
                long start = System.nanoTime();
                failures.add(
                    catchThrowable(
                        () -> client.apiExecutor().execute(request, within(DEADLINE), ITEM)));
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
              }));
    }
    go.countDown();
    List<Long> elapsed = new ArrayList<>();
    for (Future<Long> f : results) {
      elapsed.add(f.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(failures).hasSize(8).allSatisfy(t -> assertThat(t).isInstanceOf(ApiTimeoutException.class));
    return elapsed;
  }

  static void report(String what, List<Long> elapsed) {
    long max = elapsed.stream().mapToLong(Long::longValue).max().orElseThrow();
    long min = elapsed.stream().mapToLong(Long::longValue).min().orElseThrow();
    System.out.printf(
        "time-to-fail %s: 8 calls, deadline %d ms: min %d ms, max %d ms%n",
        what, DEADLINE.toMillis(), min, max);
    assertThat(elapsed).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(DEADLINE.plus(GRACE).toMillis()));
  }

  @Test
  void aHangingTokenEndpointCostsEachCallItsDeadlineAndNoMore() throws Exception {
    platform.hangToken = true;
    CityServices client = client(b -> b);

    report("token", eightCallsFail(client, list()));
    assertThat(platform.requests("/v1/oauth2/token")).isEqualTo(1);
    assertThat(platform.requests(SignedPlatform.ITEMS)).isZero();
  }

  @Test
  void aHangingKeySetCostsEachPaymentItsDeadlineAndNoMore() throws Exception {
    platform.hangKeys = true;
    CityServices client = client(b -> b);

    report("keys", eightCallsFail(client, pay()));
    assertThat(platform.requests("/v1/keys")).isEqualTo(1);
  }

  @Test
  void aHangingCatalogCostsEachCallItsDeadlineAndNoMore() throws Exception {
    platform.hangCatalog = true;
    CityServices client = client(b -> b.checkServiceCatalog(true));

    report("catalog", eightCallsFail(client, list()));
    assertThat(platform.requests("/v1/catalog")).isEqualTo(1);
    assertThat(platform.requests(SignedPlatform.ITEMS)).isZero();
  }

  @Test
  void asyncCallsWaitingForATokenParkNoThread() {
    platform.hangToken = true;
    OkHttpClient http = new OkHttpClient();
    CityServices client = client(b -> b.okHttpClient(http));

    long start = System.nanoTime();
    List<CompletableFuture<Item>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      calls.add(client.apiExecutor().executeAsync(list(), within(Duration.ofSeconds(30)), ITEM));
    }
    long startedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf("200 async calls with the token endpoint hanging returned in %d ms%n", startedMs);

    assertThat(calls).noneMatch(CompletableFuture::isDone);
    // One dispatcher thread reads the token response; nothing else is running or queued.
    assertThat(http.dispatcher().runningCallsCount()).isEqualTo(1);
    assertThat(http.dispatcher().queuedCallsCount()).isZero();
    assertThat(threadsParkedInTheSdk()).isEmpty();
    calls.forEach(c -> c.cancel(true));
  }

  /** Threads waiting, sleeping or blocked with a frame of the SDK's own code on their stack. */
  static List<String> threadsParkedInTheSdk() {
    List<String> parked = new ArrayList<>();
    Thread.getAllStackTraces()
        .forEach(
            (thread, stack) -> {
              if (thread.getState() == Thread.State.RUNNABLE || thread.getState() == Thread.State.TERMINATED) {
                return;
              }
              for (StackTraceElement frame : stack) {
                String type = frame.getClassName();
                if (type.startsWith("io.cityservices.core.")
                    && !type.startsWith(SignedPlatform.class.getName())
                    && !type.startsWith(RequestChainTest.class.getName())) {
                  parked.add(thread.getName() + " in " + frame);
                  return;
                }
              }
            });
    return parked;
  }

  @Test
  void aForgedSuccessLeavesNoRateLimitOrRetryAfterBehind() {
    platform.forgedItems.set(2);
    platform.itemHeaders.put("RateLimit", "limit=100, remaining=0, reset=3600");
    platform.itemHeaders.put("Retry-After", "3600");
    CityServices client = client(b -> b.rateLimitMode(RateLimitMode.FAIL_FAST));

    Throwable forged = catchThrowable(() -> client.apiExecutor().execute(list(), RequestOptions.none(), ITEM));
    platform.itemHeaders.clear();
    // Had the forged quota been taken, FAIL_FAST would refuse this call without sending it.
    Item next = client.apiExecutor().execute(list(), RequestOptions.none(), ITEM);

    assertThat(forged).isInstanceOf(SignatureException.class);
    assertThat(next.itemId()).isEqualTo("I-1");
    assertThat(platform.requests(SignedPlatform.ITEMS)).isEqualTo(3);
  }

  @Test
  void aCorruptedSessionKeyIsReplacedByOneRefreshAndTheCallSucceeds() {
    platform.corruptSessionKeys.set(1);
    CityServices client = client(b -> b);

    Item item = client.apiExecutor().execute(list(), RequestOptions.none(), ITEM);

    assertThat(item.itemId()).isEqualTo("I-1");
    assertThat(platform.requests("/v1/oauth2/token")).isEqualTo(2);
    assertThat(platform.requests(SignedPlatform.ITEMS)).isEqualTo(2);
  }

  @Test
  void aSessionKeyThatStaysWrongFailsAfterOneRefreshInsteadOfLooping() {
    platform.corruptSessionKeys.set(100);
    CityServices client = client(b -> b);

    Throwable failure = catchThrowable(() -> client.apiExecutor().execute(list(), RequestOptions.none(), ITEM));

    assertThat(failure).isInstanceOf(SignatureException.class);
    assertThat(platform.requests("/v1/oauth2/token")).isEqualTo(2);
    assertThat(platform.requests(SignedPlatform.ITEMS)).isEqualTo(2);
  }

  @Test
  void aWrongKeySetIsReplacedByOneRefetchAndThePaymentSucceedsWithoutBeingResent() {
    platform.wrongKeySets.set(1);
    CityServices client = client(b -> b);

    Item paid = client.apiExecutor().execute(pay(), RequestOptions.none(), ITEM);

    assertThat(paid.itemId()).isEqualTo("P-1");
    assertThat(platform.requests("/v1/keys")).isEqualTo(2);
    assertThat(platform.requests(SignedPlatform.PAYMENTS)).isEqualTo(1);
  }

  @Test
  void aKeySetThatStaysWrongFailsTypedAfterOneRefetchInsteadOfLooping() {
    platform.wrongKeySets.set(100);
    CityServices client = client(b -> b);
    RequestOptions options = RequestOptions.builder().idempotencyKey("pay-key-1").build();

    Throwable first = catchThrowable(() -> client.apiExecutor().execute(pay(), options, ITEM));
    Throwable second = catchThrowable(() -> client.apiExecutor().execute(pay(), options, ITEM));

    assertThat(List.of(first, second))
        .allSatisfy(
            t ->
                assertThat(t)
                    .isInstanceOfSatisfying(
                        SignatureException.class,
                        e -> assertThat(e.idempotencyKey()).isEqualTo("pay-key-1")));
    // One refetch, then the 30 s limit: the second payment's failure costs no key request.
    assertThat(platform.requests("/v1/keys")).isEqualTo(2);
    assertThat(platform.requests(SignedPlatform.PAYMENTS)).isEqualTo(2);
  }

  @Test
  void aKeySetWithAKidlessKeyIsASignatureExceptionNamingTheIdempotencyKey() {
    platform.kidlessKeySet = true;
    CityServices client = client(b -> b);
    RequestOptions options = RequestOptions.builder().idempotencyKey("pay-key-2").build();

    Throwable failure = catchThrowable(() -> client.apiExecutor().execute(pay(), options, ITEM));

    assertThat(failure)
        .isInstanceOfSatisfying(
            SignatureException.class,
            e -> {
              assertThat(e.code()).isEqualTo("key_set_invalid");
              assertThat(e.idempotencyKey()).isEqualTo("pay-key-2");
            });
    assertThat(platform.requests(SignedPlatform.PAYMENTS)).isEqualTo(1);
  }

  /** Records before/after pairs per attempt. */
  static final class Recorder implements ExecutionInterceptor {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    /** Counted down when an attempt of listItems ended. */
    final CountDownLatch listItemsEnded = new CountDownLatch(1);

    @Override
    public void beforeAttempt(AttemptInfo attempt, BiConsumer<String, String> headers) {
      events.add("before " + attempt.requestId() + "#" + attempt.attempt());
    }

    @Override
    public void afterAttempt(AttemptInfo attempt, int status, RuntimeException failure) {
      events.add("after " + attempt.requestId() + "#" + attempt.attempt());
      failures.add(failure);
      if (attempt.operation().equals(LIST.name())) {
        listItemsEnded.countDown();
      }
    }

    /** Every attempt seen opened and closed, and the last one closed with {@code failure}. */
    void assertBalanced(CityServicesException failure) {
      assertBalanced(failure, "");
    }

    /** The same for the attempts of {@code failure}'s own call only. */
    void assertCallBalanced(CityServicesException failure) {
      assertBalanced(failure, failure.requestId() + "#");
    }

    private void assertBalanced(CityServicesException failure, String prefix) {
      List<String> befores = attempts("before " + prefix);
      assertThat(befores).isNotEmpty();
      assertThat(attempts("after " + prefix)).containsExactlyInAnyOrderElementsOf(befores);
      assertThat(failures).anySatisfy(f -> assertThat(f).isInstanceOf(failure.getClass()));
    }

    private List<String> attempts(String prefix) {
      return events.stream().filter(e -> e.startsWith(prefix)).map(e -> e.substring(e.indexOf(' ') + 1)).toList();
    }
  }

  @Test
  void interceptorHooksStayBalancedWhenAuthenticationFails() {
    Recorder recorder = new Recorder();
    CityServices client = client(b -> b.addInterceptor(recorder));

    Throwable failure =
        catchThrowable(
            () ->
                client.apiExecutor()
                    .execute(ApiRequest.of(CITIZEN_LIST).path("city", CityCode.SHANGHAI).build(), RequestOptions.none(), ITEM));

    assertThat(failure).isInstanceOf(ValidationException.class);
    recorder.assertBalanced((CityServicesException) failure);
  }

  @Test
  void interceptorHooksStayBalancedWhenTheTokenNeverComes() throws Exception {
    platform.hangToken = true;
    Recorder recorder = new Recorder();
    CityServices client = client(b -> b.addInterceptor(recorder));

    Throwable failure =
        catchThrowable(() -> client.apiExecutor().execute(list(), within(Duration.ofMillis(300)), ITEM));

    assertThat(failure).isInstanceOf(ApiTimeoutException.class);
    // The deadline answers the caller while the attempt unwinds; its hook follows at once.
    assertThat(recorder.listItemsEnded.await(5, TimeUnit.SECONDS)).isTrue();
    // The token request itself is still in flight when the call gives up; it closes when it ends.
    recorder.assertCallBalanced((CityServicesException) failure);
  }

  @Test
  void interceptorHooksStayBalancedWhenSigningFails() {
    Recorder recorder = new Recorder();
    CityServices client =
        client(b -> b.credentials(AppCredentials.clientSecret("app-1", "s3cret")).addInterceptor(recorder));

    Throwable failure = catchThrowable(() -> client.apiExecutor().execute(pay(), RequestOptions.none(), ITEM));

    assertThat(failure)
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("app_key_required"));
    recorder.assertBalanced((CityServicesException) failure);
    assertThat(platform.requests(SignedPlatform.PAYMENTS)).isZero();
  }

  @Test
  void interceptorHooksStayBalancedWhenTheCatalogRefusesTheCall() {
    Recorder recorder = new Recorder();
    CityServices client = client(b -> b.checkServiceCatalog(true).addInterceptor(recorder));

    Throwable failure =
        catchThrowable(
            () ->
                client.apiExecutor()
                    .execute(ApiRequest.of(HOSPITALS).path("city", CityCode.SHANGHAI).build(), RequestOptions.none(), ITEM));

    assertThat(failure).isInstanceOf(ServiceNotOfferedException.class);
    recorder.assertBalanced((CityServicesException) failure);
  }

  @Test
  void interceptorHooksStayBalancedWhenAdmissionRefusesTheCall() {
    platform.itemHeaders.put("RateLimit", "limit=100, remaining=0, reset=3600");
    Recorder recorder = new Recorder();
    CityServices client = client(b -> b.rateLimitMode(RateLimitMode.FAIL_FAST).addInterceptor(recorder));
    client.apiExecutor().execute(list(), RequestOptions.none(), ITEM);

    Throwable failure = catchThrowable(() -> client.apiExecutor().execute(list(), RequestOptions.none(), ITEM));

    assertThat(failure).isInstanceOf(RateLimitedException.class);
    recorder.assertBalanced((CityServicesException) failure);
    assertThat(platform.requests(SignedPlatform.ITEMS)).isEqualTo(1);
  }
}
