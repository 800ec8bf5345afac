package io.cityservices.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.internal.resilience.RetryAfter;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Numbers in headers come from the network: a reset or delay too large for {@code Instant}
 * arithmetic is clamped, and the call ends in the documented {@link RateLimitedException}, never
 * a {@code DateTimeException} or {@code ArithmeticException}.
 */
class HostileHeadersTest {

  static final Operation LIST = Operation.read("listItems", "traffic", "/v1/cities/{city}/traffic/items").withoutCitizen();

  @RegisterExtension static final WireMockSupport wiremock = new WireMockSupport();

  WireMockServer server;

  @BeforeEach
  void reset() {
    server = wiremock.server();
  }

  private static ApiRequest list() {
    return ApiRequest.of(LIST).path("city", CityCode.SHANGHAI).build();
  }

  @ParameterizedTest
  @EnumSource(RateLimitMode.class)
  void aResetBeyondAnyInstantFailsTheNextCallAsRateLimited(RateLimitMode mode) {
    server.stubFor(get(anyUrl()).willReturn(okJson("[]")
        .withHeader("RateLimit-Remaining", "0").withHeader("RateLimit-Reset", "99999999999999999")));
    try (CityServices c = WireMockSupport.client(server).rateLimitMode(mode).build()) {
      RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(5)).build();
      c.apiExecutor().execute(list(), options, ResponseType.none());

      RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
          () -> c.apiExecutor().execute(list(), options, ResponseType.none()));

      assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isLessThanOrEqualTo(RetryAfter.MAX_DELAY));
      assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(RateLimitMode.class)
  void aRetryAfterBeyondAnyInstantEndsInRateLimited(RateLimitMode mode) {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "99999999999999999999999")));
    try (CityServices c = WireMockSupport.client(server).rateLimitMode(mode).build()) {
      RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
          () -> c.apiExecutor().execute(list(),
              RequestOptions.builder().timeout(Duration.ofSeconds(5)).build(), ResponseType.none()));

      assertThat(e.retryAfter()).contains(RetryAfter.MAX_DELAY);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"{\"keys\":5}", "null", "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"p\"}]}", "[]"})
  void aMalformedKeySetFailsVerificationWithTheDocumentedSignatureError(String jwks) {
    server.stubFor(get("/v1/keys").willReturn(okJson(jwks)));
    byte[] body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.util.Map<String, String> headers = new java.util.HashMap<>();
    headers.put("content-digest", io.cityservices.core.internal.signing.ContentDigest.sha256(body));
    io.cityservices.core.internal.signing.SignatureHeaders h = io.cityservices.core.internal.signing.MessageSigner
        .builder(io.cityservices.core.signing.SigningKey.hmac("p", new byte[32]))
        .components("@method", "@target-uri", "content-digest")
        .tag(io.cityservices.core.webhook.WebhookVerifier.TAG).nonce(() -> "d").build()
        .sign(io.cityservices.core.internal.signing.SignatureComponents.forRequest("POST", "https://app.example/h", headers::get));
    headers.put("signature-input", h.signatureInput());
    headers.put("signature", h.signature());
    try (CityServices c = WireMockSupport.client(server).build()) {
      assertThatThrownBy(() -> c.webhooks().forEndpoint(java.net.URI.create("https://app.example/h")).verify(body, headers))
          .isInstanceOf(io.cityservices.core.error.SignatureException.class);
    }
  }
}
