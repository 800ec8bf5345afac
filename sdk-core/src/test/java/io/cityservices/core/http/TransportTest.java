package io.cityservices.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.error.BadRequestException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.IdempotencyException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.PermissionException;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.error.ServerException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import io.cityservices.core.validation.ValidPlate;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransportTest {

  enum Colour {
    RED,
    @JsonEnumDefaultValue
    UNKNOWN
  }

  record Thing(String thingId, Money price, Colour colour, OffsetDateTime createdAt) {}

  record ThingQuery(@NotBlank String owner, @ValidPlate String plate) {}

  static final Operation GET_THING = Operation.read("getThing", "traffic", "/v1/cities/{city}/things/{id}");
  static final Operation LIST_THINGS =
      Operation.read("listThings", "traffic", "/v1/cities/{city}/things").withoutCitizen();
  static final Operation CREATE_THING =
      Operation.create("createThing", "traffic", "/v1/cities/{city}/things").withoutCitizen();

  static final CitizenToken CITIZEN =
      new CitizenToken("c-1", "citizen-token-abcdefghijkl", null, Instant.parse("2999-01-01T00:00:00Z"), "traffic");

  @RegisterExtension static final WireMockSupport wiremock = new WireMockSupport();

  WireMockServer server;
  CityServices client;

  @BeforeEach
  void reset() {
    server = wiremock.server();
    client = WireMockSupport.client(server).userAgentSuffix("test-app/1.0").build();
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    client.close();
  }

  private static ApiRequest getThing(String id) {
    return ApiRequest.of(GET_THING).path("city", CityCode.SHANGHAI).path("id", id).build();
  }

  @Test
  void getDecodesSnakeCaseUnknownEnumsAndIgnoresUnknownFields() {
    server.stubFor(
        get("/v1/cities/310000/things/t%3A1")
            .willReturn(
                okJson(
                    "{\"thing_id\":\"t:1\",\"price\":{\"amount\":20000,\"currency\":\"CNY\"},"
                        + "\"colour\":\"ULTRAVIOLET\",\"created_at\":\"2026-11-27T10:15:30+08:00\","
                        + "\"added_later\":true}")));

    Thing thing =
        client
            .apiExecutor()
            .execute(getThing("t:1"), RequestOptions.forCitizen(CITIZEN), ResponseType.of(Thing.class));

    assertThat(thing.thingId()).isEqualTo("t:1");
    assertThat(thing.price()).isEqualTo(Money.cny(20000));
    assertThat(thing.colour()).isEqualTo(Colour.UNKNOWN);
    assertThat(thing.createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T10:15:30+08:00"));
    LoggedRequest sent = server.findAll(getRequestedFor(anyUrl())).get(0);
    assertThat(sent.getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
    assertThat(sent.getHeader("User-Agent")).startsWith("city-services-sdk-java/").endsWith(" test-app/1.0");
    assertThat(sent.getHeader("X-Citizen-Token")).isEqualTo(CITIZEN.accessToken());
    assertThat(sent.containsHeader("Authorization")).isFalse();
  }

  @Test
  void citizenOperationWithoutCitizenFailsBeforeSending() {
    assertThatThrownBy(
            () -> client.apiExecutor().execute(getThing("x"), RequestOptions.none(), ResponseType.none()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("options.citizen");
    assertThat(server.findAll(anyRequestedFor(urlPathEqualTo("/v1/cities/310000/things/x")))).isEmpty();
  }

  @Test
  void expiredCitizenTokenFailsBeforeSending() {
    CitizenToken expired =
        new CitizenToken("c-1", "tok-abcdefghijklmnop", null, Instant.parse("2000-01-01T00:00:00Z"), null);
    assertThatThrownBy(
            () ->
                client.apiExecutor()
                    .execute(getThing("x"), RequestOptions.forCitizen(expired), ResponseType.none()))
        .isInstanceOf(AuthenticationException.class)
        .extracting(e -> ((CityServicesException) e).code())
        .isEqualTo("citizen_token_expired");
    // Only this call's URL: a slow request of an earlier test may still reach the journal late.
    assertThat(server.findAll(anyRequestedFor(urlPathEqualTo("/v1/cities/310000/things/x")))).isEmpty();
  }

  @Test
  void invalidRequestListsEveryFieldAndSendsNothing() {
    ApiRequest request =
        ApiRequest.of(LIST_THINGS)
            .path("city", CityCode.SHANGHAI)
            .validate(new ThingQuery(" ", "沪I12345"))
            .build();

    assertThatThrownBy(() -> client.apiExecutor().execute(request, RequestOptions.none(), ResponseType.none()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations()).extracting(v -> v.field()).containsExactly("owner", "plate");
              assertThat(e.status()).isZero();
              assertThat(e.getMessage()).doesNotContain("沪I12345");
            });
    assertThat(server.findAll(anyRequestedFor(urlPathEqualTo("/v1/cities/310000/things")))).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "400, validation_failed, ValidationException",
    "400, bad_request, BadRequestException",
    "401, invalid_token, AuthenticationException",
    "403, forbidden, PermissionException",
    "404, not_found, NotFoundException",
    "409, violation_not_payable, ConflictException",
    "409, idempotency_in_flight, IdempotencyException",
    "422, idempotency_key_reused, IdempotencyException",
    "429, rate_limited, RateLimitedException",
    "500, internal, ServerException",
    "503, department_unavailable, DepartmentUnavailableException",
  })
  void problemDetailsMapToTypedExceptions(int status, String code, String type) {
    String errors =
        code.equals("validation_failed") ? ",\"errors\":[{\"field\":\"plate\",\"message\":\"bad\"}]" : "";
    server.stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/problem+json")
                    .withHeader("Retry-After", "7")
                    .withBody(
                        "{\"type\":\"https://errors.example/"
                            + code
                            + "\",\"title\":\"Problem "
                            + code
                            + "\",\"status\":"
                            + status
                            + ",\"detail\":\"about 13812345678\",\"code\":\""
                            + code
                            + "\",\"request_id\":\"rid-123\""
                            + errors
                            + "}")));

    assertThatThrownBy(
            () ->
                client.apiExecutor()
                    .execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.none()))
        .isInstanceOfSatisfying(
            CityServicesException.class,
            e -> {
              assertThat(e.getClass().getSimpleName()).isEqualTo(type);
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.requestId()).isEqualTo("rid-123");
              assertThat(e.problem().title()).isEqualTo("Problem " + code);
              assertThat(e.getMessage()).doesNotContain("13812345678");
              assertThat(e.problem().detail()).isEqualTo("about 13812345678");
              if (e instanceof RateLimitedException r) {
                assertThat(r.retryAfter()).contains(Duration.ofSeconds(7));
              }
              if (e instanceof ValidationException v) {
                assertThat(v.violations()).extracting(f -> f.field()).containsExactly("plate");
              }
              if (e instanceof DepartmentUnavailableException d) {
                assertThat(d.department()).isEqualTo("310000/traffic");
                assertThat(d.circuitOpen()).isFalse();
              }
            });
  }

  @Test
  void htmlGatewayPageStillGivesTypedExceptionWithRedactedExcerpt() {
    server.stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body><h1>502 Bad Gateway</h1>user 11010519491231002X</body></html>")));

    assertThatThrownBy(
            () ->
                client.apiExecutor()
                    .execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.none()))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.code()).isEqualTo("bad_gateway");
              assertThat(e.problem()).isNull();
              assertThat(e.getMessage()).contains("502 Bad Gateway").doesNotContain("11010519491231002X");
              assertThat(e.requestId()).isNotBlank();
            });
  }

  @Test
  void exceptionCarriesTheRequestIdThatWasSent() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));

    CityServicesException e =
        catchCity(() -> client.apiExecutor().execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.none()));

    String sent = server.findAll(getRequestedFor(anyUrl())).get(0).getHeader("X-Request-Id");
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.requestId()).isEqualTo(sent);
  }

  @Test
  void truncatedJsonBodyIsATransportException() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"thing_id\":\"t1\",\"price\":{\"amou")));

    assertThatThrownBy(
            () ->
                client.apiExecutor()
                    .execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.of(Thing.class)))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.code()).isEqualTo("malformed_response"));
  }

  @Test
  void floatingPointMoneyIsRejected() {
    server.stubFor(
        get(anyUrl()).willReturn(okJson("{\"thing_id\":\"t1\",\"price\":{\"amount\":200.5,\"currency\":\"CNY\"}}")));

    assertThatThrownBy(
            () ->
                client.apiExecutor()
                    .execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.of(Thing.class)))
        .isInstanceOf(TransportException.class);
  }

  @Test
  void readTimeoutIsATimeoutException() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(3_000)));
    try (CityServices slow = WireMockSupport.client(server).readTimeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(
              () ->
                  slow.apiExecutor()
                      .execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.none()))
          .isInstanceOf(ApiTimeoutException.class);
    }
  }

  @Test
  void wholeCallDeadlineFromOptionsIsATimeoutException() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(3_000)));
    RequestOptions options = RequestOptions.builder().citizen(CITIZEN).timeout(Duration.ofMillis(200)).build();

    assertThatThrownBy(() -> client.apiExecutor().execute(getThing("x"), options, ResponseType.none()))
        .isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void asyncCallCompletesWithTheDecodedValue() throws Exception {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"thing_id\":\"a1\"}")));

    Thing thing =
        client
            .apiExecutor()
            .executeAsync(getThing("a1"), RequestOptions.forCitizen(CITIZEN), ResponseType.of(Thing.class))
            .get(5, TimeUnit.SECONDS);

    assertThat(thing.thingId()).isEqualTo("a1");
  }

  @Test
  void asyncFailureCompletesExceptionallyWithTypedException() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(403)));

    CompletableFuture<Void> future =
        client.apiExecutor().executeAsync(getThing("a1"), RequestOptions.forCitizen(CITIZEN), ResponseType.none());

    assertThatThrownBy(future::join)
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(PermissionException.class);
  }

  @Test
  void asyncValidationFailureIsAFailedFutureNotAThrow() {
    CompletableFuture<Void> future =
        client.apiExecutor().executeAsync(getThing("a1"), RequestOptions.none(), ResponseType.none());

    assertThatThrownBy(future::join).hasCauseInstanceOf(ValidationException.class);
  }

  @Test
  void cancellingTheFutureCancelsTheCall() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(5_000)));

    CompletableFuture<Void> future =
        client.apiExecutor().executeAsync(getThing("slow"), RequestOptions.forCitizen(CITIZEN), ResponseType.none());
    assertThat(future.cancel(true)).isTrue();

    assertThat(future).isCancelled();
    // Closing must not wait for the 5 s response: the OkHttp call was cancelled, not left running.
    client.close();
  }

  @Test
  void postSendsJsonBodyAndAStableIdempotencyKey() {
    server.stubFor(post("/v1/cities/310000/things").willReturn(okJson("{\"thing_id\":\"n1\"}").withStatus(201)));
    ApiRequest request =
        ApiRequest.of(CREATE_THING)
            .path("city", CityCode.SHANGHAI)
            .body(new Thing("n1", Money.cny(1), Colour.RED, null))
            .build();

    client.apiExecutor().execute(request, RequestOptions.none(), ResponseType.of(Thing.class));
    client.apiExecutor()
        .execute(request, RequestOptions.builder().idempotencyKey("order-42").build(), ResponseType.of(Thing.class));

    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo("/v1/cities/310000/things")));
    assertThat(sent.get(0).getHeader("Idempotency-Key")).matches("\"[0-9a-f-]{36}\"");
    assertThat(sent.get(1).getHeader("Idempotency-Key")).isEqualTo("\"order-42\"");
    server.verify(
        postRequestedFor(urlEqualTo("/v1/cities/310000/things"))
            .withHeader("Content-Type", matching("application/json.*"))
            .withRequestBody(
                equalToJson("{\"thing_id\":\"n1\",\"price\":{\"amount\":1,\"currency\":\"CNY\"},\"colour\":\"RED\"}")));
  }

  @Test
  void pagesAreFetchedLazilyByCursor() {
    server.stubFor(
        get(urlPathEqualTo("/v1/cities/310000/things"))
            .withQueryParam("limit", equalTo("2"))
            .willReturn(okJson("{\"data\":[{\"thing_id\":\"1\"},{\"thing_id\":\"2\"}],\"next_cursor\":\"c2\"}")));
    server.stubFor(
        get(urlPathEqualTo("/v1/cities/310000/things"))
            .withQueryParam("cursor", equalTo("c2"))
            .willReturn(okJson("{\"data\":[{\"thing_id\":\"3\"}],\"next_cursor\":null}")));

    PagedIterable<Thing> all =
        new PagedIterable<>(
            cursor ->
                client
                    .apiExecutor()
                    .execute(
                        ApiRequest.of(LIST_THINGS)
                            .path("city", CityCode.SHANGHAI)
                            .query("limit", 2)
                            .query("cursor", cursor)
                            .build(),
                        RequestOptions.none(),
                        ResponseType.pageOf(Thing.class)));

    assertThat(all.stream().limit(2).map(Thing::thingId)).containsExactly("1", "2");
    assertThat(server.findAll(getRequestedFor(anyUrl()))).hasSize(1);
    assertThat(all.stream().map(Thing::thingId).collect(Collectors.toList())).containsExactly("1", "2", "3");
    Page<Thing> first = all.pages().iterator().next();
    assertThat(first.nextCursor()).isEqualTo("c2");
  }

  @Test
  void twoDifferentlyConfiguredClientsLiveSideBySide() {
    WireMockServer other = WireMockSupport.start();
    try (CityServices a = WireMockSupport.client(server).userAgentSuffix("app-a").build();
        CityServices b = WireMockSupport.client(other).userAgentSuffix("app-b").build()) {
      server.stubFor(get(anyUrl()).willReturn(okJson("{\"thing_id\":\"from-a\"}")));
      other.stubFor(get(anyUrl()).willReturn(okJson("{\"thing_id\":\"from-b\"}")));

      Thing fromA = a.apiExecutor().execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.of(Thing.class));
      Thing fromB = b.apiExecutor().execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.of(Thing.class));

      assertThat(fromA.thingId()).isEqualTo("from-a");
      assertThat(fromB.thingId()).isEqualTo("from-b");
      assertThat(server.findAll(getRequestedFor(anyUrl())).get(0).getHeader("User-Agent")).endsWith("app-a");
      assertThat(other.findAll(getRequestedFor(anyUrl())).get(0).getHeader("User-Agent")).endsWith("app-b");
      assertThat(a.objectMapper()).isNotSameAs(b.objectMapper());
    } finally {
      other.stop();
    }
  }

  @Test
  void interceptorsSeeEveryAttemptAndMayAddHeaders() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (CityServices traced =
        WireMockSupport.client(server)
            .addInterceptor(
                new ExecutionInterceptor() {
                  @Override
                  public void beforeAttempt(AttemptInfo attempt, java.util.function.BiConsumer<String, String> headers) {
                    headers.accept("traceparent", "00-abc-def-01");
                    headers.accept("X-Request-Id", "spoofed");
                    seen.add("before " + attempt.operation() + " " + attempt.attempt());
                  }

                  @Override
                  public void afterAttempt(AttemptInfo attempt, int status, RuntimeException failure) {
                    seen.add("after " + status);
                  }
                })
            .build()) {
      traced.apiExecutor().execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.none());
    }
    LoggedRequest sent = server.findAll(getRequestedFor(anyUrl())).get(0);
    assertThat(sent.getHeader("traceparent")).isEqualTo("00-abc-def-01");
    assertThat(sent.getHeader("X-Request-Id")).isNotEqualTo("spoofed");
    assertThat(seen).containsExactly("before getThing 1", "after 200");
  }

  @Test
  void aServiceTheCityLacksIsRefusedBeforeSending() {
    server.stubFor(
        get("/v1/catalog")
            .willReturn(
                okJson("{\"cities\":[{\"city_code\":\"440100\",\"name\":\"广州\",\"services\":[\"utilities\"]},"
                        + "{\"city_code\":\"310000\",\"name\":\"上海\",\"services\":[\"traffic\",\"utilities\"]}]}")
                    .withHeader("Cache-Control", "public, max-age=300")));
    server.stubFor(get(urlPathEqualTo("/v1/cities/310000/things/x")).willReturn(okJson("{}")));
    try (CityServices checked = WireMockSupport.client(server).checkServiceCatalog(true).build()) {
      assertThat(checked.catalog().offers("440100", "traffic")).isFalse();
      ApiRequest guangzhou = ApiRequest.of(GET_THING).path("city", CityCode.GUANGZHOU).path("id", "x").build();

      assertThatThrownBy(
              () -> checked.apiExecutor().execute(guangzhou, RequestOptions.forCitizen(CITIZEN), ResponseType.none()))
          .isInstanceOfSatisfying(
              io.cityservices.core.error.ServiceNotOfferedException.class,
              e -> {
                assertThat(e.status()).isZero();
                assertThat(e.code()).isEqualTo("service_not_offered");
              });
      checked.apiExecutor().execute(getThing("x"), RequestOptions.forCitizen(CITIZEN), ResponseType.none());
    }
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/cities/440100/things/x")))).isEmpty();
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/v1/catalog")))).hasSize(1);
  }

  @Test
  void reservedHeadersCannotBeSetThroughOptions() {
    assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "Bearer x").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CityServicesException catchCity(Runnable r) {
    try {
      r.run();
    } catch (CityServicesException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }
}
