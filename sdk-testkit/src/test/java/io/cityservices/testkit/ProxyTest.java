package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cityservices.core.CityServices;
import io.cityservices.core.error.TransportSecurityException;
import io.cityservices.core.transport.TransportSecurity;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK through an HTTP proxy to the HTTPS sandbox: a CONNECT tunnel (the proxy sees the target,
 * never the request), Basic proxy credentials answered on a 407 and never sent to the platform,
 * and a typed, non-retried error when the proxy wants credentials the client does not have or
 * refuses them.
 */
class ProxyTest {
  private static final String USER = "svc-city";
  private static final String PASSWORD = "proxy-secret-42";

  static CitySandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = CitySandbox.builder().https().build().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  private static CityServices client(ConnectProxy proxy, String user, String password) {
    TransportSecurity.Builder security = sandbox.transportSecurity().toBuilder().proxy("127.0.0.1", proxy.port());
    if (user != null) {
      security.proxyCredentials(user, password);
    }
    return CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .transportSecurity(security.build())
        .credentials(sandbox.defaultApp().credentials())
        .build();
  }

  private static String target() {
    return "127.0.0.1:" + sandbox.port();
  }

  @Test
  void callsGoThroughAConnectTunnelToTheHttpsSandbox() throws Exception {
    try (ConnectProxy proxy = new ConnectProxy(null); CityServices city = client(proxy, null, null)) {
      assertThat(city.catalog().offers("310000", "traffic")).isTrue();

      assertThat(proxy.connects()).isNotEmpty()
          .allSatisfy(c -> assertThat(c).isEqualTo(new ConnectProxy.Connect(target(), null, true)));
    }
    assertThat(sandbox.requests()).extracting(LoggedRequest::getProtocol).containsOnly("HTTP/2.0");
  }

  @Test
  void proxyCredentialsAreSentToTheProxyOnlyAndTheCallSucceeds() throws Exception {
    try (ConnectProxy proxy = new ConnectProxy(Credentials.basic(USER, PASSWORD));
        CityServices city = client(proxy, USER, PASSWORD)) {
      assertThat(city.catalog().offers("310000", "traffic")).isTrue();

      assertThat(proxy.connects()).filteredOn(ConnectProxy.Connect::tunnelled).isNotEmpty()
          .allSatisfy(c -> assertThat(c.authorization()).isEqualTo(Credentials.basic(USER, PASSWORD)));
    }
    assertThat(sandbox.requests()).isNotEmpty()
        .allSatisfy(r -> assertThat(r.containsHeader("Proxy-Authorization")).isFalse());
  }

  @Test
  void aProxyAskingForCredentialsTheClientLacksIsATypedErrorNotRetried() throws Exception {
    try (ConnectProxy proxy = new ConnectProxy(Credentials.basic(USER, PASSWORD));
        CityServices city = client(proxy, null, null)) {
      assertThatThrownBy(city::catalog).isInstanceOfSatisfying(TransportSecurityException.class, e -> {
        assertThat(e.code()).isEqualTo(TransportSecurityException.PROXY_AUTHENTICATION_FAILED);
        assertThat(e.attempts()).isEqualTo(1);
      });
      assertThat(proxy.connects()).containsExactly(new ConnectProxy.Connect(target(), null, false));
    }
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void refusedCredentialsAreATypedErrorAfterOneChallenge() throws Exception {
    try (ConnectProxy proxy = new ConnectProxy(Credentials.basic(USER, PASSWORD));
        CityServices city = client(proxy, USER, "wrong-password")) {
      assertThatThrownBy(city::catalog).isInstanceOfSatisfying(TransportSecurityException.class, e -> {
        assertThat(e.code()).isEqualTo(TransportSecurityException.PROXY_AUTHENTICATION_FAILED);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).doesNotContain("wrong-password");
      });
      assertThat(proxy.connects()).singleElement().satisfies(c -> {
        assertThat(c.tunnelled()).isFalse();
        assertThat(c.authorization()).isEqualTo(Credentials.basic(USER, "wrong-password"));
      });
    }
    assertThat(sandbox.requests()).isEmpty();
  }
}
