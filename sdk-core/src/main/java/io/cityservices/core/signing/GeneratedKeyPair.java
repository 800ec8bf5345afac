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

  /** Validates the members. */
  public GeneratedKeyPair {
    SigningKey.requireKeyId(keyId);
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(keyPair, "keyPair");
  }

  /** A signing key over the private half. */
  public SigningKey signingKey() {
    return SigningKey.fromPrivateKey(keyId, algorithm, keyPair.getPrivate());
  }

  /** A verification key over the public half. */
  public VerificationKey verificationKey() {
    return VerificationKey.fromPublicKey(keyId, algorithm, keyPair.getPublic());
  }

  /** The private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
  public String privateKeyPem() {
    return KeyPairs.toPem(keyPair.getPrivate());
  }

  /** The public key as SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY}). */
  public String publicKeyPem() {
    return KeyPairs.toPem(keyPair.getPublic());
  }

  /** The private key as a JWK, with the public members, {@code kid} and {@code alg}. */
  public String privateJwk() {
    return JwkCodec.write(JwkCodec.privateMembers(keyId, algorithm, keyPair.getPrivate(), keyPair.getPublic()));
  }

  /** The public key as a JWK, with {@code kid}, {@code alg} and {@code use=sig}. */
  public String publicJwk() {
    return JwkCodec.write(JwkCodec.publicMembers(keyId, algorithm, keyPair.getPublic()));
  }

  /** Shows the key id and algorithm only. */
  @Override
  public String toString() {
    return "GeneratedKeyPair[keyId=" + keyId + ", algorithm=" + algorithm.identifier() + ']';
  }
}
