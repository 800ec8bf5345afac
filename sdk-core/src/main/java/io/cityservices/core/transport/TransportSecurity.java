package io.cityservices.core.transport;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The transport security of a client, in one immutable value: which certificates it trusts,
 * which keys it pins per host, which proxy it goes through, and whether plain HTTP to a
 * non-loopback host is allowed. Every client speaks TLS 1.2 or 1.3 only, whatever this says.
 *
 * <pre>{@code
 * CityServices.builder()
 *     .baseUrl("https://api.cityservices.example")
 *     .transportSecurity(TransportSecurity.builder()
 *         .pin("api.cityservices.example", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
 *         .proxy("proxy.corp.example", 3128)
 *         .proxyCredentials("svc-city", proxyPassword)
 *         .build())
 *     ...
 * }</pre>
 *
 * <p>The default ({@link #defaults()}) trusts the JDK's certificate authorities, pins nothing,
 * uses the JVM's proxy selector, and refuses {@code http://} base URLs except to loopback
 * addresses. {@link #toString()} shows no password.
 */
public final class TransportSecurity {

  private static final TransportSecurity DEFAULTS = builder().build();

  private final @Nullable X509TrustManager trustManager;
  private final Map<String, List<String>> pins;
  private final @Nullable Proxy proxy;
  private final @Nullable String proxyUsername;
  private final @Nullable String proxyPassword;
  private final boolean insecureHttpAllowed;

  private TransportSecurity(Builder b) {
    this.trustManager = b.trustManager;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    b.pins.forEach((host, list) -> copy.put(host, List.copyOf(list)));
    this.pins = java.util.Collections.unmodifiableMap(copy);
    this.proxy = b.proxy;
    this.proxyUsername = b.proxyUsername;
    this.proxyPassword = b.proxyPassword;
    this.insecureHttpAllowed = b.insecureHttpAllowed;
  }

  /**
   * The defaults: the JDK's trust anchors, no pins, the JVM's proxy selector, HTTPS only.
   *
   * @return the shared default value
   */
  public static TransportSecurity defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from {@link #defaults()}.
   *
   * @return a new builder with the default settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this value, e.g. to add a pin to the sandbox's trust.
   *
   * @return a new builder holding this value's trust, pins, proxy and flags
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.trustManager = trustManager;
    pins.forEach((host, list) -> b.pins.put(host, new ArrayList<>(list)));
    b.proxy = proxy;
    b.proxyUsername = proxyUsername;
    b.proxyPassword = proxyPassword;
    b.insecureHttpAllowed = insecureHttpAllowed;
    return b;
  }

  /**
   * The trust anchors to verify servers with, when not the JDK's default ones.
   *
   * @return the custom trust manager, or empty to use the JDK's default trust anchors
   */
  public Optional<X509TrustManager> trustManager() {
    return Optional.ofNullable(trustManager);
  }

  /**
   * The pinned public keys per host pattern ({@code api.example}, {@code *.example} or {@code
   * **.example}), each {@code sha256/<base64 of the SHA-256 of the SubjectPublicKeyInfo>}. A
   * connection to a pinned host succeeds only if its verified chain holds one of the keys.
   *
   * @return an unmodifiable map from lower-case host pattern to its pins, in the order added; empty
   *     when nothing is pinned
   */
  public Map<String, List<String>> pins() {
    return pins;
  }

  /**
   * The proxy every connection goes through, when not the JVM's proxy selector's choice.
   *
   * @return the fixed proxy, or empty to ask the JVM's {@link java.net.ProxySelector}
   */
  public Optional<Proxy> proxy() {
    return Optional.ofNullable(proxy);
  }

  /**
   * The user name sent to a proxy that asks for Basic credentials (407), if configured.
   *
   * @return the proxy user name, or empty without proxy credentials
   */
  public Optional<String> proxyUsername() {
    return Optional.ofNullable(proxyUsername);
  }

  /**
   * The password sent with {@link #proxyUsername()}; empty when no proxy credentials are
   * configured. Never logged.
   *
   * @return the proxy password, or empty without proxy credentials
   */
  public Optional<String> proxyPassword() {
    return Optional.ofNullable(proxyPassword);
  }

  /**
   * Whether a plain {@code http://} base URL to a non-loopback host is accepted.
   *
   * @return true if {@link Builder#allowInsecureHttp()} was called
   */
  public boolean insecureHttpAllowed() {
    return insecureHttpAllowed;
  }

  @Override
  public String toString() {
    return "TransportSecurity[trust="
        + (trustManager == null ? "jdk-default" : "custom")
        + ", pinnedHosts="
        + pins.keySet()
        + ", proxy="
        + (proxy == null ? "jvm-default" : proxy.toString())
        + (proxyUsername == null ? "" : ", proxyCredentials=****")
        + ", insecureHttpAllowed="
        + insecureHttpAllowed
        + "]";
  }

  /** Builds a {@link TransportSecurity}. Not thread-safe. */
  public static final class Builder {
    private @Nullable X509TrustManager trustManager;
    private final Map<String, List<String>> pins = new LinkedHashMap<>();
    private @Nullable Proxy proxy;
    private @Nullable String proxyUsername;
    private @Nullable String proxyPassword;
    private boolean insecureHttpAllowed;

    private Builder() {}

    /**
     * Trusts exactly the anchors of this trust manager instead of the JDK's, e.g. the sandbox's
     * {@code trustManager()} or a corporate CA's.
     *
     * @param trustManager the only trust anchors to verify server chains with; not null
     * @return this builder
     * @throws NullPointerException if {@code trustManager} is null
     */
    public Builder trust(X509TrustManager trustManager) {
      this.trustManager = Objects.requireNonNull(trustManager, "trustManager");
      return this;
    }

    /**
     * Trusts exactly the certificates in this PEM text (one or more {@code BEGIN CERTIFICATE}
     * blocks) instead of the JDK's anchors.
     *
     * @param pem PEM text with at least one X.509 certificate; not null
     * @return this builder
     * @throws IllegalArgumentException if the text holds no parsable certificate
     */
    public Builder trustCertificatesPem(String pem) {
      Objects.requireNonNull(pem, "pem");
      try {
        Collection<? extends Certificate> certificates =
            CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        if (certificates.isEmpty()) {
          throw new IllegalArgumentException("the PEM text holds no certificate");
        }
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        anchors.load(null, null);
        int i = 0;
        for (Certificate certificate : certificates) {
          anchors.setCertificateEntry("anchor-" + i++, certificate);
        }
        TrustManagerFactory factory =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        for (TrustManager tm : factory.getTrustManagers()) {
          if (tm instanceof X509TrustManager x509) {
            return trust(x509);
          }
        }
        throw new IllegalStateException("the JDK offers no X.509 trust manager");
      } catch (GeneralSecurityException | java.io.IOException e) {
        throw new IllegalArgumentException("the PEM text holds no parsable certificate", e);
      }
    }

    /**
     * Pins public keys for a host: connections to it must present one of them in the verified
     * chain, or fail with a {@link io.cityservices.core.error.TransportSecurityException} (code
     * {@code certificate_pin_mismatch}, not retried). Pin a backup key too, so that a key rotation
     * does not lock the app out.
     *
     * @param hostPattern a host name or IP address, or {@code *.example} / {@code **.example}
     * @param pins each {@code sha256/} followed by the Base64 of a 32-byte SHA-256 hash
     * @return this builder
     * @throws IllegalArgumentException if a pin is malformed or none is given
     */
    public Builder pin(String hostPattern, String... pins) {
      Objects.requireNonNull(hostPattern, "hostPattern");
      if (hostPattern.isBlank() || pins.length == 0) {
        throw new IllegalArgumentException("pin needs a host pattern and at least one pin");
      }
      List<String> list =
          this.pins.computeIfAbsent(hostPattern.toLowerCase(Locale.ROOT), h -> new ArrayList<>());
      for (String pin : pins) {
        list.add(checkedPin(pin));
      }
      return this;
    }

    /**
     * Sends every connection through this HTTP proxy (HTTPS through a {@code CONNECT} tunnel, so
     * the proxy sees only the host name).
     *
     * @param host the proxy's host name or address, resolved when connecting; not null
     * @param port the proxy's TCP port, 1-65535
     * @return this builder
     * @throws IllegalArgumentException if the port is not 1-65535
     */
    public Builder proxy(String host, int port) {
      Objects.requireNonNull(host, "host");
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("proxy port must be 1-65535, was " + port);
      }
      return proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port)));
    }

    /**
     * Sends every connection through this proxy; {@link Proxy#NO_PROXY} connects directly even
     * if the JVM has a proxy selector.
     *
     * @param proxy the proxy to use, or {@link Proxy#NO_PROXY}; not null
     * @return this builder
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /**
     * Basic credentials for a proxy that answers {@code 407 Proxy Authentication Required}. They
     * are sent to the proxy only, never to the platform; if the proxy refuses them the call fails
     * with a {@link io.cityservices.core.error.TransportSecurityException} (code {@code
     * proxy_authentication_failed}).
     *
     * @param username the proxy user name; not null
     * @param password the proxy password, kept out of {@link #toString()}; not null
     * @return this builder
     */
    public Builder proxyCredentials(String username, String password) {
      this.proxyUsername = Objects.requireNonNull(username, "username");
      this.proxyPassword = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Accepts a plain {@code http://} base URL for a host that is not a loopback address, e.g.
     * behind a TLS-terminating sidecar on a trusted network. Tokens and personal data then cross
     * that network in clear: the client logs one WARN when it is built this way. Loopback
     * addresses ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}) never need it.
     *
     * @return this builder
     */
    public Builder allowInsecureHttp() {
      this.insecureHttpAllowed = true;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return a new immutable value; the builder may be changed and reused afterwards
     */
    public TransportSecurity build() {
      return new TransportSecurity(this);
    }

    private static String checkedPin(String pin) {
      Objects.requireNonNull(pin, "pin");
      if (!pin.startsWith("sha256/")) {
        throw new IllegalArgumentException("a pin starts with sha256/: " + pin);
      }
      byte[] hash;
      try {
        hash = Base64.getDecoder().decode(pin.substring("sha256/".length()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("a pin's hash is Base64: " + pin, e);
      }
      if (hash.length != 32) {
        throw new IllegalArgumentException("a pin's hash is 32 bytes (SHA-256): " + pin);
      }
      return pin;
    }
  }
}
