package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The connection was refused for a security reason, so no request was sent: the server's
 * certificate is not trusted, has expired, does not match a configured pin or does not name the
 * host, or the proxy refused its credentials. Never retried (the same connection would fail the
 * same way); fix the trust, pins or proxy settings of the client.
 *
 * <p>{@link #code()} is one of {@value #CERTIFICATE_UNTRUSTED}, {@value #CERTIFICATE_EXPIRED},
 * {@value #CERTIFICATE_PIN_MISMATCH}, {@value #HOSTNAME_MISMATCH}, {@value
 * #PROXY_AUTHENTICATION_FAILED}.
 */
public class TransportSecurityException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** No certificate path from the server's certificate to a trusted anchor. */
  public static final String CERTIFICATE_UNTRUSTED = "certificate_untrusted";
  /** The server's certificate (or one in its chain) is outside its validity period. */
  public static final String CERTIFICATE_EXPIRED = "certificate_expired";
  /** The server's certificate chain holds none of the keys pinned for the host. */
  public static final String CERTIFICATE_PIN_MISMATCH = "certificate_pin_mismatch";
  /** The server's certificate does not name the host connected to. */
  public static final String HOSTNAME_MISMATCH = "hostname_mismatch";
  /** The proxy asked for credentials (407) and none were configured or they were refused. */
  public static final String PROXY_AUTHENTICATION_FAILED = "proxy_authentication_failed";

  /**
   * @param message a human-readable message naming the host, with no personal data
   * @param code one of the codes listed on this class
   * @param requestId the request id of the call that could not connect
   * @param cause the TLS or proxy failure
   */
  public TransportSecurityException(String message, String code, @Nullable String requestId, @Nullable Throwable cause) {
    super(message, 0, code, requestId, null, cause);
  }
}
