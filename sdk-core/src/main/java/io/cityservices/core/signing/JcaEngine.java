package io.cityservices.core.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * An asymmetric signer or verifier over one key. Each thread keeps its own initialised
 * {@link Signature}: {@code sign()} and {@code verify()} return the object to its initialised state,
 * so it is reused without another {@code getInstance} or {@code init}. Thread-safe.
 */
final class JcaEngine {

  private final ThreadLocal<Signature> signatures;

  private JcaEngine(ThreadLocal<Signature> signatures) {
    this.signatures = signatures;
    signatures.get(); // fail at construction, not on first use, if the key does not fit the algorithm
  }

  static JcaEngine forSigning(SignatureAlgorithm algorithm, PrivateKey key) {
    return new JcaEngine(ThreadLocal.withInitial(() -> {
      try {
        Signature s = algorithm.newSignature();
        s.initSign(key);
        algorithm.configure(s);
        return s;
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("the key does not fit " + algorithm.identifier(), e);
      }
    }));
  }

  static JcaEngine forVerifying(SignatureAlgorithm algorithm, PublicKey key) {
    return new JcaEngine(ThreadLocal.withInitial(() -> {
      try {
        Signature s = algorithm.newSignature();
        s.initVerify(key);
        algorithm.configure(s);
        return s;
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("the key does not fit " + algorithm.identifier(), e);
      }
    }));
  }

  byte[] sign(byte[] data) {
    Signature s = signatures.get();
    try {
      s.update(data);
      return s.sign();
    } catch (java.security.SignatureException e) {
      throw new IllegalStateException("signing failed", e);
    }
  }

  boolean verify(byte[] data, byte[] signature) {
    Signature s = signatures.get();
    try {
      s.update(data);
      return s.verify(signature);
    } catch (java.security.SignatureException e) {
      // A malformed signature (wrong length, bad encoding) is simply not a valid one. The JCA object is
      // left in an undefined state, so this thread gets a fresh one next time.
      signatures.remove();
      return false;
    }
  }
}
