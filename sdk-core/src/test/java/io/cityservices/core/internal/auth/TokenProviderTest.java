package io.cityservices.core.internal.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.AuthorizationRequest;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.auth.InMemoryTokenStore;
import io.cityservices.core.auth.TokenStore;
import io.cityservices.core.auth.pkce.Pkce;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.internal.http.HttpPipeline;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.core.internal.resilience.CircuitBreakers;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.internal.resilience.RateLimitState;
import io.cityservices.core.internal.resilience.RetryBudget;
import io.cityservices.core.resilience.RequestQuota;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.core.signing.GeneratedKeyPair;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.signing.SignatureAlgorithm;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenProviderTest {

  static final String TOKEN_JSON =
      "{\"access_token\":\"app-token-%d\",\"token_type\":\"Bearer\",\"expires_in\":600,"
          + "\"scope\":\"platform\",\"signing_key_id\":\"sk-%d\",\"signing_key\":\"%s\"}";

  final ObjectMapper mapper = JsonMapperFactory.create();
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
  WireMockServer server;
  ScheduledThreadPoolExecutor scheduler;
  OkHttpClient http;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
    server.start();
    scheduler = new ScheduledThreadPoolExecutor(1);
    http = new OkHttpClient();
    stubToken(1, 0);
  }

  @AfterEach
  void stop() {
    server.stop();
    scheduler.shutdownNow();
    http.dispatcher().executorService().shutdown();
  }

  void stubToken(int n, int delayMs) {
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
    server.stubFor(
        post("/v1/oauth2/token")
            .willReturn(okJson(String.format(TOKEN_JSON, n, n, key)).withFixedDelay(delayMs)));
  }

  TokenEndpoint endpoint(AppCredentials credentials) {
    HttpPipeline bootstrap =
        HttpPipeline.builder()
            .http(http, mapper, server.baseUrl())
            .headers("test", List.of())
            .resilience(
                RetryPolicy.builder().build(),
                RetryBudget.create(),
                new CircuitBreakers(CircuitBreakerConfig.defaults(), clock, CircuitBreakerListener.NONE),
                RequestQuota.inMemory(clock),
                RateLimitMode.WAIT)
            .timing(clock, Duration.ofSeconds(10), scheduler)
            .clientAuthentication(new ClientAuthenticationStage(credentials))
            .build();
    return new TokenEndpoint(bootstrap, mapper, credentials, server.baseUrl(), clock);
  }

  OAuthTokenProvider provider(AppCredentials credentials) {
    return new OAuthTokenProvider(
        endpoint(credentials),
        new InMemoryTokenStore(),
        new TokenStore.TokenKey(server.baseUrl(), credentials.clientId(), ""),
        clock,
        Duration.ofSeconds(30),
        Duration.ofSeconds(10));
  }

  List<LoggedRequest> tokenRequests() {
    return server.findAll(postRequestedFor(urlEqualTo("/v1/oauth2/token")));
  }

  @Test
  void thirtyTwoConcurrentCallersCauseExactlyOneTokenRequest() throws Exception {
    stubToken(1, 200);
    OAuthTokenProvider tokens = provider(AppCredentials.clientSecret("app-1", "s3cret"));
    ExecutorService pool = Executors.newFixedThreadPool(32);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<AccessToken>> results = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      results.add(
          pool.submit(
              () -> {
                go.await();
                return tokens.token();
              }));
    }
    go.countDown();
    for (Future<AccessToken> f : results) {
      assertThat(f.get(10, TimeUnit.SECONDS).value()).isEqualTo("app-token-1");
    }
    pool.shutdown();

    assertThat(tokenRequests()).hasSize(1);
  }

  @Test
  void tokensAreCachedUntilShortlyBeforeExpiry() {
    OAuthTokenProvider tokens = provider(AppCredentials.clientSecret("app-1", "s3cret"));
    AccessToken first = tokens.token();
    clock.advance(Duration.ofSeconds(500));
    assertThat(tokens.token()).isSameAs(first);
    assertThat(tokenRequests()).hasSize(1);

    stubToken(2, 0);
    clock.advance(Duration.ofSeconds(80));

    assertThat(tokens.token().value()).isEqualTo("app-token-2");
    assertThat(tokenRequests()).hasSize(2);
    assertThat(first.toString()).doesNotContain("app-token-1");
  }

  @Test
  void refreshReplacesARejectedTokenOnceEvenWhenManyAsk() {
    OAuthTokenProvider tokens = provider(AppCredentials.clientSecret("app-1", "s3cret"));
    AccessToken rejected = tokens.token();
    stubToken(2, 0);

    AccessToken fresh = tokens.refresh(rejected);
    AccessToken again = tokens.refresh(rejected);

    assertThat(fresh.value()).isEqualTo("app-token-2");
    assertThat(again).isSameAs(fresh);
    assertThat(tokenRequests()).hasSize(2);
  }

  @Test
  void basicAuthenticationFormEncodesIdAndSecret() {
    provider(AppCredentials.clientSecret("app:1", "s3cr et")).token();

    LoggedRequest sent = tokenRequests().get(0);
    String expected =
        Base64.getEncoder().encodeToString("app%3A1:s3cr+et".getBytes(StandardCharsets.UTF_8));
    assertThat(sent.getHeader("Authorization")).isEqualTo("Basic " + expected);
    assertThat(sent.getBodyAsString()).isEqualTo("grant_type=client_credentials");
    assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
  }

  @Test
  void privateKeyJwtSendsAFreshSignedAssertion() throws Exception {
    GeneratedKeyPair key = KeyPairs.generate("app-key-1", SignatureAlgorithm.ECDSA_P256_SHA256);
    OAuthTokenProvider tokens = provider(AppCredentials.privateKey("app-1", key.signingKey()));
    tokens.token();
    tokens.refresh(tokens.token());

    List<String> jtis = new ArrayList<>();
    for (LoggedRequest sent : tokenRequests()) {
      assertThat(sent.containsHeader("Authorization")).isFalse();
      Map<String, String> form = form(sent.getBodyAsString());
      assertThat(form).containsEntry("client_id", "app-1")
          .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
      String[] jwt = form.get("client_assertion").split("\\.");
      JsonNode header = mapper.readTree(Base64.getUrlDecoder().decode(jwt[0]));
      JsonNode claims = mapper.readTree(Base64.getUrlDecoder().decode(jwt[1]));
      assertThat(header.get("alg").asText()).isEqualTo("ES256");
      assertThat(header.get("kid").asText()).isEqualTo("app-key-1");
      assertThat(claims.get("iss").asText()).isEqualTo("app-1");
      assertThat(claims.get("sub").asText()).isEqualTo("app-1");
      assertThat(claims.get("aud").asText()).isEqualTo(server.baseUrl() + "/v1/oauth2/token");
      assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(60);
      byte[] signingInput = (jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII);
      assertThat(key.verificationKey().verify(signingInput, Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
      jtis.add(claims.get("jti").asText());
    }
    assertThat(jtis).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void refusedCredentialsAreAnAuthenticationException() {
    server.stubFor(
        post("/v1/oauth2/token")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"title\":\"Unknown client\",\"status\":401,\"code\":\"invalid_client\"}")));

    assertThatThrownBy(() -> provider(AppCredentials.clientSecret("app-1", "wrong")).token())
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_client"));
  }

  @Test
  void aTokenWithoutSessionKeyIsRefused() {
    server.stubFor(
        post("/v1/oauth2/token")
            .willReturn(okJson("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":600}")));

    assertThatThrownBy(() -> provider(AppCredentials.clientSecret("app-1", "s")).token())
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("session_key_missing"));
  }

  @Test
  void citizenFlowUsesPkceAndChecksState() {
    PkceCitizenAuthorization auth =
        new PkceCitizenAuthorization(
            endpoint(AppCredentials.clientSecret("app-1", "s")), server.baseUrl(), "app-1");
    URI redirect = URI.create("https://app.example/cb");
    AuthorizationRequest start = auth.start(redirect, "traffic");
    Map<String, String> query = form(start.url().getRawQuery());
    assertThat(query)
        .containsEntry("response_type", "code")
        .containsEntry("client_id", "app-1")
        .containsEntry("redirect_uri", "https://app.example/cb")
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("state", start.state())
        .containsEntry("code_challenge", Pkce.challenge(start.pkce().verifier()));

    assertThatThrownBy(() -> auth.exchange(start, "code-1", "forged-state"))
        .isInstanceOf(ValidationException.class);
    assertThat(tokenRequests()).isEmpty();

    server.stubFor(
        post("/v1/oauth2/token")
            .withRequestBody(containing("grant_type=authorization_code"))
            .willReturn(
                okJson("{\"access_token\":\"citizen-1\",\"token_type\":\"Bearer\",\"expires_in\":900,"
                    + "\"refresh_token\":\"r-1\",\"citizen_id\":\"c-310000-001\",\"scope\":\"traffic\"}")));
    CitizenToken token = auth.exchange(start, "code-1", start.state());

    assertThat(token.citizenId()).isEqualTo("c-310000-001");
    assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(900));
    assertThat(token.toString()).doesNotContain("citizen-1").doesNotContain("r-1");
    assertThat(form(tokenRequests().get(0).getBodyAsString()))
        .containsEntry("code", "code-1")
        .containsEntry("code_verifier", start.pkce().verifier())
        .containsEntry("redirect_uri", "https://app.example/cb");

    server.stubFor(
        post("/v1/oauth2/token")
            .withRequestBody(containing("grant_type=refresh_token"))
            .willReturn(okJson("{\"access_token\":\"citizen-2\",\"token_type\":\"Bearer\",\"expires_in\":900}")));
    CitizenToken refreshed = auth.refresh(token);
    assertThat(refreshed.accessToken()).isEqualTo("citizen-2");
    assertThat(refreshed.refreshToken()).isEqualTo("r-1");
    assertThat(refreshed.citizenId()).isEqualTo("c-310000-001");
  }

  static Map<String, String> form(String encoded) {
    Map<String, String> form = new HashMap<>();
    for (String pair : encoded.split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
    }
    return form;
  }

  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
