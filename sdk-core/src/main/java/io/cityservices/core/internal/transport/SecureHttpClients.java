package io.cityservices.core.internal.transport;

import io.cityservices.core.transport.TransportSecurity;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.Authenticator;
import okhttp3.CertificatePinner;
import okhttp3.ConnectionSpec;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.TlsVersion;

/** Applies a {@link TransportSecurity} to an OkHttp client builder. */
public final class SecureHttpClients {

  /** TLS 1.3 and 1.2 with OkHttp's modern cipher suites: nothing older is ever negotiated. */
  static final ConnectionSpec TLS_1_2_PLUS =
      new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
          .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)
          .build();

  /** OkHttp's marker on the synthetic 407 it passes before opening a tunnel. */
  private static final String PREEMPTIVE = "OkHttp-Preemptive";

  private SecureHttpClients() {}

  /**
   * Restricts the client to TLS 1.2+ (plain HTTP only when {@code plainHttp}, i.e. the base URL
   * was accepted as http) and applies the trust, pins and proxy that are set; what is not set
   * keeps the builder's (a caller-supplied client's) own setting.
   */
  public static OkHttpClient.Builder apply(
      OkHttpClient.Builder b, TransportSecurity security, boolean plainHttp) {
    b.connectionSpecs(plainHttp ? List.of(TLS_1_2_PLUS, ConnectionSpec.CLEARTEXT) : List.of(TLS_1_2_PLUS));
    security.trustManager().ifPresent(tm -> b.sslSocketFactory(sslContext(tm).getSocketFactory(), tm));
    if (!security.pins().isEmpty()) {
      CertificatePinner.Builder pinner = new CertificatePinner.Builder();
      security.pins().forEach((host, pins) -> pinner.add(host, pins.toArray(String[]::new)));
      b.certificatePinner(pinner.build());
    }
    security.proxy().ifPresent(proxy -> {
      b.proxy(proxy);
      b.proxyAuthenticator(proxyAuthenticator(security));
    });
    return b;
  }

  private static Authenticator proxyAuthenticator(TransportSecurity security) {
    String credentials =
        security.proxyUsername().isPresent()
            ? Credentials.basic(security.proxyUsername().get(), security.proxyPassword().orElse(""))
            : null;
    return (route, response) -> {
      Request request = response.request();
      boolean preemptive = PREEMPTIVE.equalsIgnoreCase(response.header("Proxy-Authenticate"));
      if (credentials == null) {
        if (preemptive) {
          return null;
        }
        throw new ProxyAuthenticationFailure("the proxy asked for credentials and none are configured");
      }
      if (request.header("Proxy-Authorization") != null) {
        throw new ProxyAuthenticationFailure("the proxy refused the configured credentials");
      }
      return request.newBuilder().header("Proxy-Authorization", credentials).build();
    };
  }

  private static SSLContext sslContext(X509TrustManager trustManager) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustManager}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot make a TLS context", e);
    }
  }

  /** The proxy answered 407 and the client has no (accepted) credentials; never retried. */
  public static final class ProxyAuthenticationFailure extends IOException {
    private static final long serialVersionUID = 1L;

    ProxyAuthenticationFailure(String message) {
      super(message);
    }
  }
}
