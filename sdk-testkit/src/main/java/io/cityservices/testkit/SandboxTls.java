package io.cityservices.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The sandbox's TLS identity: a self-signed ECDSA P-256 certificate for {@code 127.0.0.1}, {@code
 * ::1} and {@code localhost}, made fresh at every start (no key file lives in the repository) and
 * valid from an hour ago for 30 days, and the client-side trust that accepts exactly it.
 */
final class SandboxTls {
  private static final Duration VALIDITY = Duration.ofDays(30);

  private final HeldCertificate certificate;
  private final HandshakeCertificates clientSide;

  private SandboxTls(HeldCertificate certificate) {
    this.certificate = certificate;
    this.clientSide =
        new HandshakeCertificates.Builder().addTrustedCertificate(certificate.certificate()).build();
  }

  static SandboxTls generate() {
    Instant from = Instant.now().minus(Duration.ofHours(1));
    return new SandboxTls(new HeldCertificate.Builder()
        .commonName("City Services sandbox")
        .addSubjectAlternativeName("127.0.0.1")
        .addSubjectAlternativeName("::1")
        .addSubjectAlternativeName("localhost")
        .validityInterval(from.toEpochMilli(), from.plus(VALIDITY).toEpochMilli())
        .ecdsa256()
        .build());
  }

  X509TrustManager trustManager() {
    return clientSide.trustManager();
  }

  SSLSocketFactory sslSocketFactory() {
    return clientSide.sslSocketFactory();
  }

  String certificatePem() {
    return certificate.certificatePem();
  }

  /**
   * Writes the key and certificate to a PKCS#12 file readable by the owner only, for Jetty, which
   * loads key stores from a path. The caller deletes it once the server has started.
   */
  KeyStoreFile writeKeyStore() {
    try {
      byte[] secret = new byte[16];
      new SecureRandom().nextBytes(secret);
      char[] password = HexFormat.of().formatHex(secret).toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("sandbox", certificate.keyPair().getPrivate(), password,
          new Certificate[] {certificate.certificate()});
      Path file = Files.createTempFile("city-sandbox-", ".p12");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the temp directory is already per user.
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, password);
      }
      return new KeyStoreFile(file, new String(password));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot write a PKCS#12 key store", e);
    }
  }

  /** A key store on disk and its password. */
  record KeyStoreFile(Path path, String password) {
    void delete() {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return "KeyStoreFile[" + path + "]";
    }
  }
}
