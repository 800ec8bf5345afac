package io.cityservices.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value bound into a path is checked once, in core, and becomes exactly one segment: a dot
 * segment or a separator would make OkHttp (or a proxy) address another resource, so it is refused
 * with a {@link ValidationException} naming the field and nothing is sent.
 */
class PathParameterTest {

  static final Operation PAY = Operation.create("payViolation", "traffic",
      "/v1/cities/{city}/traffic/violations/{violation_id}/payments").withoutCitizen();
  static final Operation GET = Operation.read("getThing", "traffic", "/v1/cities/{city}/things/{id}").withoutCitizen();

  @RegisterExtension static final WireMockSupport wiremock = new WireMockSupport();

  WireMockServer server;
  CityServices client;
  ServiceCalls calls;

  @BeforeEach
  void start() {
    server = wiremock.server();
    client = WireMockSupport.client(server).build();
    calls = new ServiceCalls(client.apiExecutor(), CityCode.SHANGHAI);
  }

  @AfterEach
  void close() {
    client.close();
  }

  static Stream<String> hostileIds() {
    return Stream.of("..", ".", "", " ", "\t", "a/b", "../payments", "a\\b", "a?b=1", "a#b", "%2e%2e", "a%2Fb",
        "a\nb", "a\rb", "a\u0000b", "a\u202Eb", "a\u00A0b", "a\uD800", "x".repeat(129));
  }

  @ParameterizedTest
  @MethodSource("hostileIds")
  void aHostileIdIsRefusedNamingTheFieldAndNothingIsSent(String id) {
    assertThatThrownBy(() -> calls.execute(
            () -> calls.request(PAY).path("violation_id", id).build(), RequestOptions.none(), ResponseType.none()))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.field()).containsExactly("violation_id");
          assertThat(e.status()).isZero();
        });
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("hostileIds")
  void theAsyncTwinFailsItsFutureTheSameWay(String id) throws Exception {
    CompletableFuture<Void> f = calls.executeAsync(
        () -> calls.request(PAY).path("violation_id", id).build(), RequestOptions.none(), ResponseType.none());
    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ValidationException.class);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void requireIdAppliesTheSameRuleUnderTheCallersFieldName() {
    assertThatThrownBy(() -> ServiceCalls.requireId("..", "violationId"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("violationId"));
    assertThat(ServiceCalls.requireId("vio_123", "violationId")).isEqualTo("vio_123");
  }

  static Stream<String> ordinaryIds() {
    return Stream.of("vio_123", "a.b", "...", "沪A12345", "x:1", "~t*", "x".repeat(128));
  }

  @ParameterizedTest
  @MethodSource("ordinaryIds")
  void anOrdinaryIdTravelsAsExactlyOneSegment(String id) {
    server.stubFor(get(urlPathMatching("/v1/cities/310000/things/[^/]+")).willReturn(okJson("{}")));

    calls.execute(() -> calls.request(GET).path("id", id).build(), RequestOptions.none(),
        ResponseType.of(JsonNode.class));

    String sent = server.findAll(getRequestedFor(anyUrl())).get(0).getUrl();
    String segment = sent.substring("/v1/cities/310000/things/".length());
    assertThat(segment).doesNotContain("/");
    assertThat(java.net.URLDecoder.decode(segment, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(id);
  }
}
