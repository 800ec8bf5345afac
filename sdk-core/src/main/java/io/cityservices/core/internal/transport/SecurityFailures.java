package io.cityservices.core.internal.transport;

import io.cityservices.core.error.TransportSecurityException;
import java.io.IOException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Tells connection failures that retrying cannot cure (the certificate, a pin, the host name, the
 * proxy's credentials) from those it can (a reset during the handshake, a timeout).
 */
public final class SecurityFailures {
  private SecurityFailures() {}

  /**
   * The {@link TransportSecurityException} code for a failure that is about trust, or empty when
   * the failure is an ordinary (possibly transient) transport one.
   */
  public static Optional<String> code(IOException e) {
    if (e instanceof SecureHttpClients.ProxyAuthenticationFailure) {
      return Optional.of(TransportSecurityException.PROXY_AUTHENTICATION_FAILED);
    }
    if (e instanceof SSLPeerUnverifiedException) {
      // OkHttp's two verifications after the handshake: the pins, then the host name.
      String message = String.valueOf(e.getMessage());
      return Optional.of(
          message.startsWith("Certificate pinning failure")
              ? TransportSecurityException.CERTIFICATE_PIN_MISMATCH
              : TransportSecurityException.HOSTNAME_MISMATCH);
    }
    if (e instanceof SSLHandshakeException) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof CertificateExpiredException) {
          return Optional.of(TransportSecurityException.CERTIFICATE_EXPIRED);
        }
        if (t instanceof CertPathValidatorException v
            && v.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
          return Optional.of(TransportSecurityException.CERTIFICATE_EXPIRED);
        }
      }
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof CertificateException || t instanceof CertPathValidatorException) {
          return Optional.of(TransportSecurityException.CERTIFICATE_UNTRUSTED);
        }
      }
    }
    return Optional.empty();
  }
}
