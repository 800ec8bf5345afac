package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

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

  @AfterEach
  void everyRequestCameOverHttp2AndTls() {
    assertThat(sandbox.requests()).isNotEmpty().allSatisfy(this::overHttp2);
  }

  private void overHttp2(LoggedRequest request) {
    assertThat(request.getProtocol()).isEqualTo("HTTP/2.0");
    assertThat(request.getAbsoluteUrl()).startsWith(sandbox.baseUrl() + "/");
  }
}
