package io.cityservices.core.internal.transport;

import io.cityservices.core.transport.InsecureBaseUrlException;
import io.cityservices.core.transport.TransportSecurity;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides at build time whether a base URL may be used: {@code https} always; {@code http} to a
 * loopback address (traffic never leaves the machine) or with the explicit opt-in, which is
 * logged once. Every URL the client calls (token endpoint, keys, services) derives from the base
 * URL, so checking it covers them all.
 */
public final class BaseUrlPolicy {
  private static final Logger log = LoggerFactory.getLogger(BaseUrlPolicy.class);

  private BaseUrlPolicy() {}

  /**
   * Accepts {@code url} as a base URL, or throws.
   *
   * @throws IllegalArgumentException if the URL is not absolute http(s) with a host
   * @throws InsecureBaseUrlException if it is plain http to a non-loopback host without opt-in
   */
  public static void check(URI url, TransportSecurity security) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost();
    if ((!scheme.equals("https") && !scheme.equals("http")) || host == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute https:// URL with a host");
    }
    if (scheme.equals("https") || isLoopback(host)) {
      return;
    }
    String shown = scheme + "://" + host + (url.getPort() < 0 ? "" : ":" + url.getPort());
    if (!security.insecureHttpAllowed()) {
      throw new InsecureBaseUrlException(shown);
    }
    log.warn(
        "City Services client built for the plain-HTTP URL {} (allowInsecureHttp): tokens and"
            + " personal data cross the network unencrypted",
        shown);
  }

  /**
   * Whether the host is {@code localhost} (RFC 6761) or a loopback IP literal. Names are not
   * resolved: DNS could map any name to 127.0.0.1, and building a client does no I/O.
   */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    boolean ipLiteral = h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!ipLiteral) {
      return false;
    }
    try {
      // An IP literal is parsed, not looked up.
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
