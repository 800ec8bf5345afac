package io.cityservices.testkit;

import io.cityservices.testkit.traffic.TrafficSandbox;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sun.net.httpserver.HttpServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.core.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's transport, auth and integrity against the sandbox: real tokens, real RFC 9421
 * signatures both ways, the payment tier, idempotency, faults, rate limits and webhooks.
 */
class SdkRoundTripTest {

  static final Operation PING = Operation.read("ping", "traffic", "/v1/cities/{city}/traffic/ping").withoutCitizen();
  static final Operation PAY = Operation.payment("testPay", "traffic", "/v1/cities/{city}/traffic/payments");
  static final Operation HEALTH_PING = Operation.read("healthPing", "health", "/v1/cities/{city}/health/ping").withoutCitizen();

  static TestPaymentsModule payments = new TestPaymentsModule();
  static CitySandbox sandbox;
  CityServices city;
  CitizenToken citizen;

  @BeforeAll
  static void startSandbox() {
    sandbox = sandboxBuilder().build().start();
  }

  /** The sandbox of this suite; {@link SdkRoundTripOverHttpsTest} adds {@code https()}. */
  static CitySandbox.Builder sandboxBuilder() {
    return CitySandbox.builder().discoverModules(false).module(payments).module(new SandboxModule() {
      /** The real department modules are left out; their names are declared so the platform enforces them. */
      @Override
      public List<DepartmentSpec> departments() {
        List<CityCode> all = List.of(CityCode.SHANGHAI, CityCode.HANGZHOU, CityCode.SHENZHEN, CityCode.GUANGZHOU);
        return List.of(
            DepartmentSpec.of(DepartmentName.of("traffic"), all),
            DepartmentSpec.of(DepartmentName.of("utilities"), all),
            DepartmentSpec.of(DepartmentName.of("health"), all.subList(0, 3)));
      }

      @Override
      public void register(SandboxContext context) {}
    });
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void client() {
    sandbox.reset();
    city = client(sandbox.defaultApp().credentials()).build();
    citizen = SandboxLogin.citizenToken(city, sandbox.seed().firstCitizen(CityCode.SHANGHAI).id());
  }

  RequestOptions asCitizen() {
    return RequestOptions.forCitizen(citizen);
  }

  @AfterEach
  void close() {
    city.close();
  }

  static CityServices.Builder client(io.cityservices.core.auth.AppCredentials credentials) {
    return CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .transportSecurity(sandbox.transportSecurity())
        .credentials(credentials)
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(20)).build());
  }

  static ApiRequest ping(CityCode c) {
    return ApiRequest.of(PING).path("city", c).build();
  }

  static ApiRequest pay(long amount) {
    return ApiRequest.of(PAY).path("city", CityCode.SHANGHAI).body(Map.of("amount", amount)).build();
  }

  @Test
  void aSignedRequestGetsAVerifiedResponse() {
    JsonNode pong = city.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.of(JsonNode.class));

    assertThat(pong.get("city").asText()).isEqualTo("310000");
    LoggedRequest sent = sandbox.requests(getRequestedFor(urlPathMatching("/v1/cities/310000/traffic/ping"))).get(0);
    assertThat(sent.getHeader("Signature-Input")).startsWith("sig1=(\"@method\" \"@target-uri\");created=").contains("alg=\"hmac-sha256\"");
    assertThat(sent.getHeader("Authorization")).startsWith("Bearer ");
  }

  @Test
  void cancellingAnInFlightAsyncCallAbortsOnlyThatCall() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    OkHttpClient counting = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void connectStart(Call call, InetSocketAddress address, java.net.Proxy proxy) {
        connections.incrementAndGet();
      }
    }).build();
    TestPaymentsModule.Gate gate = new TestPaymentsModule.Gate(new CountDownLatch(1), new CountDownLatch(1));
    try (CityServices own = client(sandbox.defaultApp().credentials()).okHttpClient(counting).build()) {
      own.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none());
      payments.gate.set(gate);
      CompletableFuture<JsonNode> inFlight = own.apiExecutor().executeAsync(pay(500), asCitizen(), ResponseType.of(JsonNode.class));
      assertThat(gate.entered().await(10, TimeUnit.SECONDS)).isTrue();

      inFlight.cancel(true);
      gate.release().countDown();

      assertThat(inFlight).isCancelled();
      JsonNode pong = own.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.of(JsonNode.class));
      assertThat(pong.get("city").asText()).isEqualTo("310000");
    } finally {
      counting.dispatcher().executorService().shutdown();
    }
    assertThat(payments.payments).hasValue(1);
    // HTTP/2 resets the one stream (RST_STREAM) and keeps the connection; HTTP/1.1 must drop it.
    assertThat(connections).hasValue(sandbox.isHttps() ? 1 : 2);
  }

  @Test
  void concurrentIdenticalPublicReadsMakeOneRequest() {
    try (CityServices fresh = client(sandbox.defaultApp().credentials()).build()) {
      List<CompletableFuture<io.cityservices.core.catalog.Catalog>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(fresh.catalogAsync());
      }
      reads.forEach(r -> assertThat(r.join().offers("310000", "traffic")).isTrue());
    }
    assertThat(sandbox.requests(getRequestedFor(urlEqualTo("/v1/catalog")))).hasSize(1);
  }

  @Test
  void basicClientAuthenticationWorksToo() {
    try (CityServices basic = client(sandbox.defaultApp().basicCredentials()).build()) {
      assertThat(basic.catalog().offers("310000", "traffic")).isTrue();
    }
  }

  @Test
  void aPaymentCarriesTheAppSignatureAndItsResultIsVerifiedWithThePlatformKey() {
    JsonNode result = city.apiExecutor().execute(pay(20_000), asCitizen(), ResponseType.of(JsonNode.class));

    assertThat(result.get("status").asText()).isEqualTo("succeeded");
    LoggedRequest sent = sandbox.requests(postRequestedFor(urlEqualTo("/v1/cities/310000/traffic/payments"))).get(0);
    assertThat(sent.getHeader("Signature-Input")).contains("sig1=").contains("sig2=").contains("content-digest");
    assertThat(sent.getHeader("Idempotency-Key")).matches("\"[0-9a-f-]{36}\"");
  }

  @Test
  void aResponseTamperedWithInTransitIsRejectedAndItsBodyNeverReturned() {
    OkHttpClient tampering =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain -> {
                  okhttp3.Response r = chain.proceed(chain.request());
                  if (!r.request().url().encodedPath().endsWith("/ping")) {
                    return r;
                  }
                  String body = r.body().string().replace("310000", "330100");
                  return r.newBuilder().body(ResponseBody.create(body, MediaType.get("application/json"))).build();
                })
            .build();
    try (CityServices tampered = client(sandbox.defaultApp().credentials()).okHttpClient(tampering).build()) {
      assertThatThrownBy(() -> tampered.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.of(JsonNode.class)))
          .isInstanceOf(SignatureException.class);
    } finally {
      tampering.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void aRevokedTokenIsRefreshedOnceAndTheCallRetried() {
    city.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none());
    sandbox.revokeAppTokens();

    city.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none());

    assertThat(sandbox.requests(postRequestedFor(urlEqualTo("/v1/oauth2/token")))).hasSize(3);
  }

  @Test
  void aRetriedPaymentAfterAResetIsChargedOnce() {
    sandbox.faults().failAfterHandling("/v1/cities/310000/traffic/payments", Fault.CONNECTION_RESET_BY_PEER, 1);

    JsonNode result = city.apiExecutor().execute(pay(5_000), asCitizen(), ResponseType.of(JsonNode.class));

    List<LoggedRequest> sent = sandbox.requests(postRequestedFor(urlEqualTo("/v1/cities/310000/traffic/payments")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getHeader("Idempotency-Key")).isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
    assertThat(payments.payments.get()).isEqualTo(1);
    assertThat(result.get("payment_id").asText()).isEqualTo("pay-1");
  }

  @Test
  void aRotatedPlatformKeyIsFetchedOnce() {
    city.apiExecutor().execute(pay(100), asCitizen(), ResponseType.none());
    sandbox.rotatePlatformKey();

    city.apiExecutor().execute(pay(200), asCitizen(), ResponseType.none());
    city.apiExecutor().execute(pay(300), asCitizen(), ResponseType.none());

    assertThat(sandbox.requests(getRequestedFor(urlEqualTo("/v1/keys")))).hasSize(2);
  }

  @Test
  void aFloodOfForgedKeyIdsCannotHammerTheKeysEndpoint() {
    io.cityservices.core.signing.GeneratedKeyPair forger =
        io.cityservices.core.signing.KeyPairs.generate("forged", io.cityservices.core.signing.SignatureAlgorithm.RSA_PSS_SHA512);
    byte[] body = "{\"id\":\"evt\",\"type\":\"x\",\"created\":\"2026-11-27T10:00:00+08:00\",\"data\":{}}".getBytes();
    WebhookVerifier hooks = city.webhooks().forEndpoint(URI.create("https://app.example/hooks"));
    for (int i = 0; i < 50; i++) {
      Map<String, String> headers = new TreeMap<>();
      headers.put("content-digest", io.cityservices.core.internal.signing.ContentDigest.sha256(body));
      var h = io.cityservices.core.internal.signing.MessageSigner
          .builder(io.cityservices.core.signing.SigningKey.fromPem("forged-" + i,
              io.cityservices.core.signing.SignatureAlgorithm.RSA_PSS_SHA512, forger.privateKeyPem()))
          .components("@method", "@target-uri", "content-digest").tag(WebhookVerifier.TAG).nonce(() -> "dlv")
          .build()
          .sign(io.cityservices.core.internal.signing.SignatureComponents.forRequest("POST", "https://app.example/hooks", headers::get));
      headers.put("signature-input", h.signatureInput());
      headers.put("signature", h.signature());
      assertThatThrownBy(() -> hooks.verify(body, headers))
          .isInstanceOfSatisfying(SignatureException.class, e -> assertThat(e.code()).isEqualTo("key_unknown"));
    }

    assertThat(sandbox.requests(getRequestedFor(urlEqualTo("/v1/keys")))).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void anUnavailableDepartmentIsATypedErrorAndTheOthersCarryOn() {
    sandbox.faults().unavailable(CityCode.SHANGHAI, TrafficSandbox.DEPARTMENT);

    assertThatThrownBy(() -> city.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none()))
        .isInstanceOf(DepartmentUnavailableException.class);
    city.apiExecutor().execute(ping(CityCode.HANGZHOU), RequestOptions.none(), ResponseType.none());
  }

  @Test
  void aFlakyDepartmentIsRetriedToSuccess() {
    sandbox.faults().flaky(CityCode.SHANGHAI, TrafficSandbox.DEPARTMENT, 0.3, 42);

    for (int i = 0; i < 20; i++) {
      city.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none());
    }
  }

  @Test
  void theSandboxRateLimitIsHonouredByFailingFast() {
    sandbox.rateLimit(RateLimit.of(3, Duration.ofMinutes(1)));
    try (CityServices failFast = client(sandbox.defaultApp().credentials()).rateLimitMode(RateLimitMode.FAIL_FAST).build()) {
      for (int i = 0; i < 2; i++) {
        failFast.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none());
      }
      int before = sandbox.requests(anyRequestedFor(anyUrl())).size();
      RateLimitedException e = org.assertj.core.api.Assertions.catchThrowableOfType(RateLimitedException.class,
          () -> {
            for (int i = 0; i < 5; i++) {
              failFast.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none());
            }
          });
      assertThat(e).isNotNull();
      assertThat(sandbox.requests(anyRequestedFor(anyUrl())).size() - before).isLessThanOrEqualTo(2);
    } finally {
      sandbox.rateLimit(null);
    }
  }

  @Test
  void aServiceTheCityLacksIsRefusedBeforeSending() {
    assertThat(city.catalog().offers("440100", "health")).isFalse();
    ApiRequest guangzhouHealth = ApiRequest.of(HEALTH_PING).path("city", CityCode.GUANGZHOU).build();

    assertThatThrownBy(() -> city.apiExecutor().execute(guangzhouHealth, RequestOptions.none(), ResponseType.none()))
        .isInstanceOf(ServiceNotOfferedException.class);
    assertThat(sandbox.requests(anyRequestedFor(urlPathMatching("/v1/cities/440100/health/.*")))).isEmpty();
  }

  @Test
  void twoAppsInOneJvmEachUseTheirOwnCredentials() {
    SandboxApp second = sandbox.registerApp("second-app");
    try (CityServices other = client(second.credentials()).build()) {
      other.apiExecutor().execute(ping(CityCode.SHENZHEN), RequestOptions.none(), ResponseType.none());
      city.apiExecutor().execute(ping(CityCode.SHANGHAI), RequestOptions.none(), ResponseType.none());
    }
    List<String> bodies = sandbox.requests(postRequestedFor(urlEqualTo("/v1/oauth2/token"))).stream()
        .map(LoggedRequest::getBodyAsString).toList();
    assertThat(bodies).anyMatch(b -> b.contains("client_id=second-app"));
    assertThat(bodies).anyMatch(b -> b.contains("client_id=" + CitySandbox.DEFAULT_CLIENT_ID));
  }

  @Test
  void aCitizenLogsInWithPkceAndCallsActForThem() {
    String citizenId = sandbox.seed().firstCitizen(CityCode.SHANGHAI).id();

    assertThat(citizen.citizenId()).isEqualTo(citizenId);
    JsonNode pong = city.apiExecutor().execute(
        ApiRequest.of(Operation.read("ping", "traffic", "/v1/cities/{city}/traffic/ping")).path("city", CityCode.SHANGHAI).build(),
        RequestOptions.forCitizen(citizen), ResponseType.of(JsonNode.class));
    assertThat(pong.get("citizen").asText()).isEqualTo(citizenId);
    assertThat(city.citizenAuthorization().refresh(citizen).citizenId()).isEqualTo(citizenId);
  }

  @Test
  void webhooksArriveSignedAndVerify() throws Exception {
    List<WebhookEvent> received = new CopyOnWriteArrayList<>();
    CountDownLatch arrived = new CountDownLatch(2);
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    URI endpoint = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
    WebhookVerifier hooks = city.webhooks().forEndpoint(endpoint);
    receiver.createContext("/hooks", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(", ", v)));
      int status;
      try {
        received.add(hooks.verify(body, headers));
        status = 204;
      } catch (SignatureException e) {
        status = 401;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      arrived.countDown();
    });
    receiver.start();
    try {
      sandbox.webhooks().register(endpoint);
      sandbox.events().publish("traffic.violation.recorded", "310000", sandbox.mapper().createObjectNode().put("violation_id", "V9"));
      sandbox.events().publish("payment.succeeded", "330100", sandbox.mapper().createObjectNode().put("payment_id", "P9"));

      assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      receiver.stop(0);
    }
    assertThat(received).extracting(WebhookEvent::type).containsExactlyInAnyOrder("traffic.violation.recorded", "payment.succeeded");
    assertThat(received).noneMatch(WebhookEvent::isDuplicate);
  }
}
