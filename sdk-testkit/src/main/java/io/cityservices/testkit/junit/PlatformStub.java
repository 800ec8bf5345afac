package io.cityservices.testkit.junit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.model.CityCode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stub platform for exact-request tests: a WireMock server on 127.0.0.1 and a free port (gzip
 * off, bounded journal) and SDK clients pointed at it without credentials (nothing is signed, no
 * token is fetched) and without the catalog check, so a test sees exactly the requests its calls
 * make. Use the stateful {@link io.cityservices.testkit.CitySandbox} for journeys instead.
 *
 * <pre>{@code
 * @RegisterExtension static final PlatformStub platform = new PlatformStub();
 *
 * @Test void sendsTheQuery() {
 *   platform.server().stubFor(get(urlPathEqualTo("/v1/cities/310000/traffic/violations")).willReturn(okJson(PAGE)));
 *   TrafficClient.create(platform.client(CityCode.SHANGHAI)).violations().list(query, options);
 *   platform.server().verify(getRequestedFor(...).withQueryParam("plate", equalTo("沪A12345")));
 * }
 * }</pre>
 *
 * <p>The server starts once per test class and is reset before each test; the clients a test made
 * are closed after it.
 */
public final class PlatformStub
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private final List<CityServices> clients = new CopyOnWriteArrayList<>();
  // JUnit runs beforeAll, which sets it, before any test or callback can read it.
  @SuppressWarnings("NullAway.Init")
  private WireMockServer server;

  /** A stub whose server starts in {@code beforeAll}; register it with {@code @RegisterExtension}. */
  public PlatformStub() {}

  /**
   * The WireMock server, to stub responses and inspect what was sent.
   *
   * @return the running server; null outside a test class's lifetime
   */
  public WireMockServer server() {
    return server;
  }

  /**
   * A client for {@code city} against the stub, closed after the test.
   *
   * @param city the client's default city
   * @return a client with no credentials
   */
  public CityServices client(CityCode city) {
    CityServices client = clientBuilder().defaultCity(city).build();
    clients.add(client);
    return client;
  }

  /**
   * A builder pointed at the stub, without credentials and catalog check, for tests that need
   * other settings; the caller closes what it builds.
   *
   * @return a builder with the base URL set and the catalog check off
   */
  public CityServices.Builder clientBuilder() {
    return CityServices.builder().baseUrl(server.baseUrl()).checkServiceCatalog(false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .gzipDisabled(true)
                .maxRequestJournalEntries(1_000));
    server.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.resetAll();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    clients.forEach(CityServices::close);
    clients.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }
}
