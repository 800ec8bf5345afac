package io.cityservices.core.signing;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;

/**
 * Generates and exports key pairs for tests and the sandbox: Ed25519, EC P-256 and RSA-2048. Stateless
 * and thread-safe.
 */
public final class KeyPairs {

  private KeyPairs() {}

  /**
   * Generates a key pair for an asymmetric algorithm (RSA keys are 2048 bits).
   *
   * @param keyId the key id to give the pair; not empty
   * @param algorithm an asymmetric algorithm
   * @return a new random key pair
   * @throws IllegalArgumentException for {@code hmac-sha256}, which has no key pair
   */
  public static GeneratedKeyPair generate(String keyId, SignatureAlgorithm algorithm) {
    try {
      KeyPairGenerator generator;
      switch (algorithm) {
        case ED25519 -> generator = KeyPairGenerator.getInstance("Ed25519");
        case ECDSA_P256_SHA256 -> {
          generator = KeyPairGenerator.getInstance("EC");
          generator.initialize(new ECGenParameterSpec("secp256r1"));
        }
        case RSA_PSS_SHA512, RSA_V1_5_SHA256 -> {
          generator = KeyPairGenerator.getInstance("RSA");
          generator.initialize(2048);
        }
        default -> throw new IllegalArgumentException(algorithm.identifier() + " has no key pair");
      }
      return new GeneratedKeyPair(keyId, algorithm, generator.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a key pair for " + algorithm.identifier(), e);
    }
  }

  /**
   * A private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}).
   *
   * @param key the private key
   * @return the PEM text, with line breaks
   */
  public static String toPem(PrivateKey key) {
    return Pem.encode("PRIVATE KEY", key.getEncoded());
  }

  /**
   * A public key as SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY}).
   *
   * @param key the public key
   * @return the PEM text, with line breaks
   */
  public static String toPem(PublicKey key) {
    return Pem.encode("PUBLIC KEY", key.getEncoded());
  }
}
