package io.cityservices.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link SdkRoundTripTest} (signatures both ways, the payment tier, idempotent
 * retries after a connection reset, token refresh, key rotation, faults, rate limits, PKCE,
 * webhooks) again, over HTTPS with HTTP/2 negotiated through ALPN; after each test, every
 * request the sandbox received is checked to have come over HTTP/2 to the https URL.
 */
class SdkRoundTripOverHttpsTest extends SdkRoundTripTest {

  @BeforeAll
  static void startSandbox() {
    sandbox = sandboxBuilder().https().build().start();
  }

  @Test
  void theTokenFormIsSentWithItsLength() {
    // HTTP/2 servers may refuse a form body of unknown length; the token endpoint's form has one.
    assertThat(sandbox.requests(postRequestedFor(urlEqualTo("/v1/oauth2/token")))).isNotEmpty()
        .allSatisfy(r -> assertThat(r.getHeader("Content-Length")).isEqualTo(String.valueOf(r.getBody().length)));
  }

  @AfterEach
  void everyRequestCameOverHttp2AndTls() {
    assertThat(sandbox.requests()).isNotEmpty().allSatisfy(this::overHttp2);
  }

  private void overHttp2(LoggedRequest request) {
    assertThat(request.getProtocol()).isEqualTo("HTTP/2.0");
    assertThat(request.getAbsoluteUrl()).startsWith(sandbox.baseUrl() + "/");
  }
}
