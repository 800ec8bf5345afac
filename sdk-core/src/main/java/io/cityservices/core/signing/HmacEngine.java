package io.cityservices.core.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over a fixed secret. Each thread keeps its own initialised {@link Mac}, because
 * {@code Mac.getInstance} plus {@code init} costs several times the MAC of a small message.
 * Thread-safe.
 */
final class HmacEngine {

  private static final String JCA_NAME = "HmacSHA256";

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  HmacEngine(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("an HMAC secret must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret, JCA_NAME);
    Mac prototype = newMac();
    this.macs = ThreadLocal.withInitial(() -> copyOf(prototype));
  }

  byte[] sign(byte[] data) {
    // doFinal resets the Mac to its initialised state, ready for the next message.
    return macs.get().doFinal(data);
  }

  boolean verify(byte[] data, byte[] signature) {
    // MessageDigest.isEqual runs in time independent of where the inputs differ.
    return MessageDigest.isEqual(sign(data), signature);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(JCA_NAME);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private Mac copyOf(Mac prototype) {
    try {
      // Cloning an initialised Mac skips provider lookup and key scheduling.
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return newMac();
    }
  }
}
