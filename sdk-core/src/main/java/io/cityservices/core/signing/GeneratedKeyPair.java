package io.cityservices.core.signing;

import java.security.KeyPair;
import java.util.Objects;

/**
 * A freshly generated key pair with its key id and algorithm, exportable as PEM and JWK. Meant for
 * tests and the sandbox. {@link #toString()} shows only the key id and algorithm. Immutable.
 *
 * @param keyId the key id
 * @param algorithm the algorithm the pair is for
 * @param keyPair the JCA key pair
 */
public record GeneratedKeyPair(String keyId, SignatureAlgorithm algorithm, KeyPair keyPair) {

  /**
   * Validates the members.
   *
   * @param keyId the key id; not empty
   * @param algorithm the algorithm; not null
   * @param keyPair the key pair; not null
   * @throws IllegalArgumentException if {@code keyId} is null or empty
   * @throws NullPointerException if {@code algorithm} or {@code keyPair} is null
   */
  public GeneratedKeyPair {
    SigningKey.requireKeyId(keyId);
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(keyPair, "keyPair");
  }

  /**
   * A signing key over the private half.
   *
   * @return a signing key with this pair's key id and algorithm
   */
  public SigningKey signingKey() {
    return SigningKey.fromPrivateKey(keyId, algorithm, keyPair.getPrivate());
  }

  /**
   * A verification key over the public half.
   *
   * @return a verification key with this pair's key id and algorithm
   */
  public VerificationKey verificationKey() {
    return VerificationKey.fromPublicKey(keyId, algorithm, keyPair.getPublic());
  }

  /**
   * The private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}).
   *
   * @return the PEM text, with line breaks
   */
  public String privateKeyPem() {
    return KeyPairs.toPem(keyPair.getPrivate());
  }

  /**
   * The public key as SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY}).
   *
   * @return the PEM text, with line breaks
   */
  public String publicKeyPem() {
    return KeyPairs.toPem(keyPair.getPublic());
  }

  /**
   * The private key as a JWK, with the public members, {@code kid} and {@code alg}.
   *
   * @return the private JWK as compact JSON; keep it secret
   */
  public String privateJwk() {
    return JwkCodec.write(JwkCodec.privateMembers(keyId, algorithm, keyPair.getPrivate(), keyPair.getPublic()));
  }

  /**
   * The public key as a JWK, with {@code kid}, {@code alg} and {@code use=sig}.
   *
   * @return the public JWK as compact JSON, fit for a JWKS
   */
  public String publicJwk() {
    return JwkCodec.write(JwkCodec.publicMembers(keyId, algorithm, keyPair.getPublic()));
  }

  /** Shows the key id and algorithm only. */
  @Override
  public String toString() {
    return "GeneratedKeyPair[keyId=" + keyId + ", algorithm=" + algorithm.identifier() + ']';
  }
}
