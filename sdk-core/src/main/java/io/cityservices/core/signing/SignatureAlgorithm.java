package io.cityservices.core.signing;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The algorithms of the RFC 9421 §6.2 registry that this SDK speaks, with their registry identifier
 * (the {@code alg} parameter) and their JOSE name (the JWK {@code alg} member).
 */
public enum SignatureAlgorithm {
  /** HMAC using SHA-256 (RFC 9421 §3.3.3). */
  HMAC_SHA256("hmac-sha256", "HS256", null, null),
  /** EdDSA over Curve25519 (RFC 9421 §3.3.6). */
  ED25519("ed25519", "EdDSA", "Ed25519", "Ed25519"),
  /**
   * ECDSA on P-256 with SHA-256 (RFC 9421 §3.3.4). The signature is the raw 64-byte {@code r || s},
   * not DER: the JDK's IEEE P1363 variant produces and checks exactly that form.
   */
  ECDSA_P256_SHA256("ecdsa-p256-sha256", "ES256", "SHA256withECDSAinP1363Format", "EC"),
  /** RSASSA-PSS with SHA-512, MGF1 with SHA-512 and a 64-byte salt (RFC 9421 §3.3.1). */
  RSA_PSS_SHA512("rsa-pss-sha512", "PS512", "RSASSA-PSS", "RSA"),
  /** RSASSA-PKCS1-v1_5 with SHA-256 (RFC 9421 §3.3.2). */
  RSA_V1_5_SHA256("rsa-v1_5-sha256", "RS256", "SHA256withRSA", "RSA");

  private final String identifier;
  private final String joseName;
  private final @Nullable String jcaSignature;
  private final @Nullable String jcaKeyFactory;

  SignatureAlgorithm(
      String identifier,
      String joseName,
      @Nullable String jcaSignature,
      @Nullable String jcaKeyFactory) {
    this.identifier = identifier;
    this.joseName = joseName;
    this.jcaSignature = jcaSignature;
    this.jcaKeyFactory = jcaKeyFactory;
  }

  /**
   * The RFC 9421 registry identifier, for example {@code ed25519}.
   *
   * @return the identifier sent as the {@code alg} signature parameter
   */
  public String identifier() {
    return identifier;
  }

  /**
   * The JOSE algorithm name used in a JWK's {@code alg} member, for example {@code EdDSA}.
   *
   * @return the JOSE name, e.g. {@code PS512}
   */
  public String joseName() {
    return joseName;
  }

  /**
   * Whether the algorithm uses a shared secret rather than a key pair.
   *
   * @return true for {@link #HMAC_SHA256} only
   */
  public boolean isSymmetric() {
    return this == HMAC_SHA256;
  }

  /**
   * Finds an algorithm by its RFC 9421 identifier or its JOSE name (case-insensitive).
   *
   * @param name an identifier such as {@code rsa-pss-sha512} or a JOSE name such as {@code PS512}
   * @return the algorithm
   * @throws IllegalArgumentException if the name is not supported
   */
  public static SignatureAlgorithm fromName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (SignatureAlgorithm a : values()) {
      if (a.identifier.equals(n) || a.joseName.toLowerCase(Locale.ROOT).equals(n)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unsupported signature algorithm: " + name);
  }

  /** The JCA key factory algorithm; {@code null} for HMAC. */
  @Nullable String keyFactoryAlgorithm() {
    return jcaKeyFactory;
  }

  /** A new, uninitialised JCA signature object, configured for this algorithm. */
  Signature newSignature() throws GeneralSecurityException {
    if (jcaSignature == null) {
      throw new IllegalStateException("HMAC has no JCA Signature");
    }
    return Signature.getInstance(jcaSignature);
  }

  /** Applies parameters that must be set after initialisation (only RSA-PSS has any). */
  void configure(Signature signature) throws GeneralSecurityException {
    if (this == RSA_PSS_SHA512) {
      signature.setParameter(new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1));
    }
  }
}
