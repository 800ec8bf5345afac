package io.cityservices.core.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A key that verifies signatures: a key id, an algorithm and a public key or shared secret. A shared
 * secret is never exposed and never appears in {@link #toString()} or exception messages.
 *
 * <p>Immutable and thread-safe; each thread lazily gets its own initialised JCA object.
 */
public final class VerificationKey {

  private final String keyId;
  private final SignatureAlgorithm algorithm;
  private final @Nullable PublicKey publicKey;
  private final @Nullable HmacEngine hmac;
  private final @Nullable JcaEngine jca;

  private VerificationKey(
      String keyId,
      SignatureAlgorithm algorithm,
      @Nullable PublicKey publicKey,
      @Nullable HmacEngine hmac,
      @Nullable JcaEngine jca) {
    this.keyId = SigningKey.requireKeyId(keyId);
    this.algorithm = algorithm;
    this.publicKey = publicKey;
    this.hmac = hmac;
    this.jca = jca;
  }

  /**
   * An {@code hmac-sha256} key over a shared secret.
   *
   * @param secret the secret bytes (copied; at least 16 bytes)
   * @param keyId the key id that signatures name in their keyid parameter; not empty
   * @return a verification key holding a copy of {@code secret}
   * @throws IllegalArgumentException if the secret is too short
   */
  public static VerificationKey hmac(String keyId, byte[] secret) {
    return new VerificationKey(keyId, SignatureAlgorithm.HMAC_SHA256, null, new HmacEngine(secret), null);
  }

  /**
   * A key from an existing JCA public key.
   *
   * @param keyId the key id that signatures name in their keyid parameter; not empty
   * @param algorithm an asymmetric algorithm the key belongs to
   * @param key the public key; not null
   * @return a verification key for {@code algorithm}
   * @throws IllegalArgumentException if the algorithm is HMAC or the key does not fit it
   */
  public static VerificationKey fromPublicKey(String keyId, SignatureAlgorithm algorithm, PublicKey key) {
    Objects.requireNonNull(key, "key");
    if (algorithm.isSymmetric()) {
      throw new IllegalArgumentException("use VerificationKey.hmac for " + algorithm.identifier());
    }
    KeyMaterial.checkFits(algorithm, key);
    return new VerificationKey(keyId, algorithm, key, null, JcaEngine.forVerifying(algorithm, key));
  }

  /**
   * A key from SubjectPublicKeyInfo PEM text ({@code -----BEGIN PUBLIC KEY-----}).
   *
   * @param keyId the key id that signatures name in their keyid parameter; not empty
   * @param algorithm an asymmetric algorithm the key belongs to
   * @param pem the PEM text of the public key
   * @return a verification key for {@code algorithm}
   * @throws IllegalArgumentException if the PEM is malformed or the key does not fit the algorithm
   */
  public static VerificationKey fromPem(String keyId, SignatureAlgorithm algorithm, String pem) {
    return fromPublicKey(keyId, algorithm, KeyMaterial.publicFromPem(algorithm, pem));
  }

  /**
   * A key from a JWK (kty {@code oct}, {@code OKP}/Ed25519, {@code EC}/P-256 or {@code RSA}); private
   * members, if present, are ignored except {@code k} of an {@code oct} key. The key id comes from
   * {@code kid}, the algorithm from {@code alg} or, when unambiguous, from the key type.
   *
   * @param json one JWK as a JSON object, e.g. a member of a JWKS {@code keys} array
   * @return a verification key with the JWK's key id and algorithm
   * @throws IllegalArgumentException if the JSON is malformed or lacks a required member
   */
  public static VerificationKey fromJwk(String json) {
    return fromJwk(JwkCodec.read(json));
  }

  static VerificationKey fromJwk(JsonNode jwk) {
    SignatureAlgorithm algorithm = JwkCodec.algorithm(jwk);
    String keyId = JwkCodec.keyId(jwk);
    if (algorithm.isSymmetric()) {
      return hmac(keyId, JwkCodec.secret(jwk));
    }
    return fromPublicKey(keyId, algorithm, JwkCodec.publicKey(algorithm, jwk));
  }

  /**
   * The key id that signatures name in their {@code keyid} parameter.
   *
   * @return the key id, never empty
   */
  public String keyId() {
    return keyId;
  }

  /**
   * The algorithm this key verifies.
   *
   * @return the signature algorithm, symmetric for {@code hmac-sha256} keys
   */
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  /**
   * The public key; empty for a shared secret.
   *
   * @return the public key, or empty for an {@code hmac-sha256} shared secret
   */
  public Optional<PublicKey> publicKey() {
    return Optional.ofNullable(publicKey);
  }

  /**
   * This key as a public JWK (with {@code kid}, {@code alg} and {@code use=sig}).
   *
   * @return the JWK as compact JSON text, without private members
   * @throws IllegalStateException for a shared secret, which must never be published
   */
  public String toJwk() {
    return JwkCodec.write(publicJwkMembers());
  }

  /** The public JWK members; refuses shared secrets. */
  Map<String, Object> publicJwkMembers() {
    if (publicKey == null) {
      throw new IllegalStateException("a shared secret is never published as a JWK");
    }
    return JwkCodec.publicMembers(keyId, algorithm, publicKey);
  }

  /**
   * Checks a signature over the bytes of a signature base.
   *
   * @param data the UTF-8 bytes of the RFC 9421 signature base
   * @param signature the signature bytes as decoded from the {@code Signature} header
   * @return true if {@code signature} is valid for {@code data} under this key; false for a wrong
   *     or malformed signature
   */
  public boolean verify(byte[] data, byte[] signature) {
    return hmac != null ? hmac.verify(data, signature) : Objects.requireNonNull(jca).verify(data, signature);
  }

  /** Shows the key id and algorithm only. */
  @Override
  public String toString() {
    return "VerificationKey[keyId=" + keyId + ", algorithm=" + algorithm.identifier() + ']';
  }
}
