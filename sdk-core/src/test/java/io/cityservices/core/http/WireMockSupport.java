package io.cityservices.core.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A loopback WireMock server on a random port and SDK clients pointed at it. As a registered
 * extension it starts one server per test class and resets it before each test.
 */
final class WireMockSupport implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

  private WireMockServer server;

  /** The class's server. */
  WireMockServer server() {
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.resetAll();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  static WireMockServer start() {
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .gzipDisabled(true)
                .maxRequestJournalEntries(5_000));
    server.start();
    return server;
  }

  /**
   * A client without credentials (no app token, no signing), without retries and without the
   * catalog check (so that each test sees exactly the requests it makes).
   */
  static CityServices.Builder client(WireMockServer server) {
    return CityServices.builder()
        .baseUrl(server.baseUrl())
        .checkServiceCatalog(false)
        .retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ofSeconds(5))
        .callTimeout(Duration.ofSeconds(10));
  }
}
