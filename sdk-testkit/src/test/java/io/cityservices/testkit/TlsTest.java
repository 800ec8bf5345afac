package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.CityServices;
import io.cityservices.core.error.TransportSecurityException;
import io.cityservices.core.transport.TransportSecurity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import okhttp3.Call;
import okhttp3.CertificatePinner;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trust and pinning against the HTTPS sandbox: its own certificate trusted (from the trust
 * manager or from its PEM) works; a right pin passes; a wrong pin, an untrusted certificate and an
 * expired one fail with a typed {@link TransportSecurityException} after one connection attempt,
 * never retried.
 */
class TlsTest {
  private static final String WRONG_PIN = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  static CitySandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = CitySandbox.builder().https().build().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** Counts the TCP connections a client opens, through a caller-supplied OkHttp client. */
  private static final class Connections extends EventListener {
    final AtomicInteger started = new AtomicInteger();

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
      started.incrementAndGet();
    }

    OkHttpClient client() {
      return new OkHttpClient.Builder().eventListener(this).build();
    }
  }

  private static CityServices client(String baseUrl, TransportSecurity security, Connections connections) {
    return CityServices.builder()
        .baseUrl(baseUrl)
        .okHttpClient(connections.client())
        .transportSecurity(security)
        .credentials(sandbox.defaultApp().credentials())
        .build();
  }

  private static X509Certificate sandboxCertificate() throws Exception {
    return (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(sandbox.certificatePem().getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void theSandboxIsReachedWithItsTrustManagerOrItsPem() {
    Connections connections = new Connections();
    try (CityServices viaTrustManager = client(sandbox.baseUrl(), sandbox.transportSecurity(), connections);
        CityServices viaPem = client(sandbox.baseUrl(),
            TransportSecurity.builder().trustCertificatesPem(sandbox.certificatePem()).build(), connections)) {
      assertThat(viaTrustManager.catalog().offers("310000", "traffic")).isTrue();
      assertThat(viaPem.catalog().offers("310000", "traffic")).isTrue();
    }
    assertThat(sandbox.baseUrl()).startsWith("https://127.0.0.1:");
  }

  @Test
  void aRightPinPasses() throws Exception {
    String pin = CertificatePinner.pin(sandboxCertificate());
    TransportSecurity pinned = sandbox.transportSecurity().toBuilder().pin("127.0.0.1", WRONG_PIN, pin).build();

    try (CityServices city = client(sandbox.baseUrl(), pinned, new Connections())) {
      assertThat(city.catalog().offers("310000", "traffic")).isTrue();
    }
  }

  @Test
  void aWrongPinFailsTypedAfterOneConnectionAndIsNotRetried() {
    TransportSecurity pinned = sandbox.transportSecurity().toBuilder().pin("127.0.0.1", WRONG_PIN).build();
    Connections connections = new Connections();

    try (CityServices city = client(sandbox.baseUrl(), pinned, connections)) {
      assertThatThrownBy(city::catalog)
          .isInstanceOfSatisfying(TransportSecurityException.class, e -> {
            assertThat(e.code()).isEqualTo(TransportSecurityException.CERTIFICATE_PIN_MISMATCH);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.status()).isZero();
          });
    }
    assertThat(connections.started).hasValue(1);
  }

  @Test
  void anUntrustedCertificateFailsTypedAndIsNotRetried() {
    Connections connections = new Connections();

    try (CityServices city = client(sandbox.baseUrl(), TransportSecurity.defaults(), connections)) {
      assertThatThrownBy(city::catalog)
          .isInstanceOfSatisfying(TransportSecurityException.class, e -> {
            assertThat(e.code()).isEqualTo(TransportSecurityException.CERTIFICATE_UNTRUSTED);
            assertThat(e.attempts()).isEqualTo(1);
          });
    }
    assertThat(connections.started).hasValue(1);
  }

  @Test
  void anExpiredCertificateFailsTypedAndIsNotRetried() throws Exception {
    Instant now = Instant.now();
    HeldCertificate root = new HeldCertificate.Builder().certificateAuthority(0).commonName("test root").build();
    HeldCertificate expired = new HeldCertificate.Builder()
        .signedBy(root)
        .addSubjectAlternativeName("127.0.0.1")
        .validityInterval(now.minus(Duration.ofDays(30)).toEpochMilli(), now.minus(Duration.ofDays(1)).toEpochMilli())
        .build();

    assertRefusedTypedAfterOneConnection(root, expired, TransportSecurityException.CERTIFICATE_EXPIRED);
  }

  @Test
  void aCertificateForAnotherHostFailsTypedAndIsNotRetried() throws Exception {
    HeldCertificate root = new HeldCertificate.Builder().certificateAuthority(0).commonName("test root").build();
    HeldCertificate otherHost = new HeldCertificate.Builder()
        .signedBy(root)
        .addSubjectAlternativeName("api.other.example")
        .build();

    assertRefusedTypedAfterOneConnection(root, otherHost, TransportSecurityException.HOSTNAME_MISMATCH);
  }

  /**
   * Serves {@code leaf} (issued by {@code root}, which the client trusts) on a loopback TLS port
   * and checks the client's call fails with {@code code} after exactly one connection.
   */
  private static void assertRefusedTypedAfterOneConnection(HeldCertificate root, HeldCertificate leaf, String code)
      throws Exception {
    HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
        .heldCertificate(leaf, root.certificate()).build();
    AtomicInteger accepted = new AtomicInteger();
    try (SSLServerSocket server = (SSLServerSocket) serverSide.sslContext().getServerSocketFactory()
        .createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try (SSLSocket socket = (SSLSocket) server.accept()) {
            accepted.incrementAndGet();
            socket.startHandshake();
            // Hold the connection until the client, having verified what it got, closes it.
            socket.getInputStream().read();
          } catch (IOException expectedFailure) {
            // The client aborts; wait for the next connection (there must be none).
          }
        }
      }, "test-tls-server");
      acceptor.setDaemon(true);
      acceptor.start();
      TransportSecurity trustRoot = TransportSecurity.builder().trustCertificatesPem(root.certificatePem()).build();
      Connections connections = new Connections();

      try (CityServices city = client("https://127.0.0.1:" + server.getLocalPort(), trustRoot, connections)) {
        assertThatThrownBy(city::catalog)
            .isInstanceOfSatisfying(TransportSecurityException.class, e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.attempts()).isEqualTo(1);
            });
      }
      assertThat(connections.started).hasValue(1);
    }
  }
}
