package io.cityservices.core.signing;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.KeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * Turns encoded keys into JCA keys and checks that a key fits an algorithm. Exceptions never carry the
 * key bytes. Stateless.
 */
final class KeyMaterial {

  private KeyMaterial() {}

  static PrivateKey privateFromPem(SignatureAlgorithm algorithm, String pem) {
    requireAsymmetric(algorithm);
    if (pem.contains("-----BEGIN EC PRIVATE KEY") || pem.contains("-----BEGIN RSA PRIVATE KEY")) {
      throw new IllegalArgumentException(
          "only PKCS#8 (BEGIN PRIVATE KEY) is supported; convert with: openssl pkcs8 -topk8 -nocrypt");
    }
    return privateKey(algorithm, new PKCS8EncodedKeySpec(Pem.decode(pem, "PRIVATE KEY")));
  }

  static PublicKey publicFromPem(SignatureAlgorithm algorithm, String pem) {
    requireAsymmetric(algorithm);
    return publicKey(algorithm, new X509EncodedKeySpec(Pem.decode(pem, "PUBLIC KEY")));
  }

  static PrivateKey privateKey(SignatureAlgorithm algorithm, KeySpec spec) {
    try {
      return checkFits(algorithm, keyFactory(algorithm).generatePrivate(spec));
    } catch (GeneralSecurityException e) {
      if ("RSA".equals(algorithm.keyFactoryAlgorithm())) {
        // A PKCS#8 key may carry the RSASSA-PSS OID (as RFC 9421's test-key-rsa-pss does).
        try {
          return checkFits(algorithm, KeyFactory.getInstance("RSASSA-PSS").generatePrivate(spec));
        } catch (GeneralSecurityException ignored) {
          // fall through to the original failure
        }
      }
      throw new IllegalArgumentException("not a valid " + algorithm.identifier() + " private key");
    }
  }

  static PublicKey publicKey(SignatureAlgorithm algorithm, KeySpec spec) {
    try {
      return checkFits(algorithm, keyFactory(algorithm).generatePublic(spec));
    } catch (GeneralSecurityException e) {
      if ("RSA".equals(algorithm.keyFactoryAlgorithm())) {
        try {
          return checkFits(algorithm, KeyFactory.getInstance("RSASSA-PSS").generatePublic(spec));
        } catch (GeneralSecurityException ignored) {
          // fall through to the original failure
        }
      }
      throw new IllegalArgumentException("not a valid " + algorithm.identifier() + " public key");
    }
  }

  /**
   * Checks that the key's type fits the algorithm, so that for example a P-384 key is not used for
   * {@code ecdsa-p256-sha256}.
   *
   * @throws IllegalArgumentException if it does not
   */
  static <K extends Key> K checkFits(SignatureAlgorithm algorithm, K key) {
    boolean fits = switch (algorithm) {
      case ED25519 -> key instanceof EdECKey ed
          && NamedParameterSpec.ED25519.getName().equalsIgnoreCase(ed.getParams().getName());
      case ECDSA_P256_SHA256 -> key instanceof ECKey ec && isP256(ec.getParams());
      case RSA_PSS_SHA512, RSA_V1_5_SHA256 -> key instanceof RSAKey;
      default -> false;
    };
    if (!fits) {
      throw new IllegalArgumentException("the key does not fit " + algorithm.identifier());
    }
    return key;
  }

  static ECParameterSpec p256() {
    try {
      AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
      params.init(new ECGenParameterSpec("secp256r1"));
      return params.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is unavailable", e);
    }
  }

  private static boolean isP256(ECParameterSpec spec) {
    ECParameterSpec p256 = p256();
    return spec.getOrder().equals(p256.getOrder()) && spec.getCurve().equals(p256.getCurve());
  }

  private static KeyFactory keyFactory(SignatureAlgorithm algorithm) throws GeneralSecurityException {
    return KeyFactory.getInstance(algorithm.keyFactoryAlgorithm());
  }

  private static void requireAsymmetric(SignatureAlgorithm algorithm) {
    if (algorithm.isSymmetric()) {
      throw new IllegalArgumentException(algorithm.identifier() + " takes a shared secret, not a PEM key");
    }
  }
}
