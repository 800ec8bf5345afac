package io.cityservices.core.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PrivateKey;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A key that signs messages: a key id, an algorithm and the secret or private key. The key material is
 * never exposed, and never appears in {@link #toString()} or in exception messages.
 *
 * <p>Immutable and thread-safe; each thread lazily gets its own initialised JCA object, so signing does
 * not look up providers per call.
 */
public final class SigningKey {

  private final String keyId;
  private final SignatureAlgorithm algorithm;
  private final @Nullable HmacEngine hmac;
  private final @Nullable JcaEngine jca;

  private SigningKey(
      String keyId, SignatureAlgorithm algorithm, @Nullable HmacEngine hmac, @Nullable JcaEngine jca) {
    this.keyId = requireKeyId(keyId);
    this.algorithm = algorithm;
    this.hmac = hmac;
    this.jca = jca;
  }

  /**
   * An {@code hmac-sha256} key over a shared secret.
   *
   * @param keyId the key id sent in the keyid signature parameter; not empty
   * @param secret the secret bytes (copied; at least 16 bytes)
   * @return a signing key holding a copy of {@code secret}
   * @throws IllegalArgumentException if the secret is too short
   */
  public static SigningKey hmac(String keyId, byte[] secret) {
    return new SigningKey(keyId, SignatureAlgorithm.HMAC_SHA256, new HmacEngine(secret), null);
  }

  /**
   * A key from an existing JCA private key.
   *
   * @param keyId the key id sent in the keyid signature parameter; not empty
   * @param algorithm an asymmetric algorithm the key belongs to
   * @param key the private key; not null
   * @return a signing key for {@code algorithm}
   * @throws IllegalArgumentException if the algorithm is HMAC or the key does not fit it
   */
  public static SigningKey fromPrivateKey(String keyId, SignatureAlgorithm algorithm, PrivateKey key) {
    Objects.requireNonNull(key, "key");
    if (algorithm.isSymmetric()) {
      throw new IllegalArgumentException("use SigningKey.hmac for " + algorithm.identifier());
    }
    KeyMaterial.checkFits(algorithm, key);
    return new SigningKey(keyId, algorithm, null, JcaEngine.forSigning(algorithm, key));
  }

  /**
   * A key from PKCS#8 PEM text ({@code -----BEGIN PRIVATE KEY-----}).
   *
   * @param keyId the key id sent in the keyid signature parameter; not empty
   * @param algorithm an asymmetric algorithm the key belongs to
   * @param pem the PKCS#8 PEM text of the private key
   * @return a signing key for {@code algorithm}
   * @throws IllegalArgumentException if the PEM is malformed or the key does not fit the algorithm
   */
  public static SigningKey fromPem(String keyId, SignatureAlgorithm algorithm, String pem) {
    return fromPrivateKey(keyId, algorithm, KeyMaterial.privateFromPem(algorithm, pem));
  }

  /**
   * A key from a private JWK (kty {@code oct}, {@code OKP}/Ed25519, {@code EC}/P-256 or {@code RSA}),
   * taking the key id from {@code kid} and the algorithm from {@code alg} (a JOSE name or an RFC 9421
   * identifier), or from the key type when that is unambiguous.
   *
   * @param json one private JWK as a JSON object
   * @return a signing key with the JWK's key id and algorithm
   * @throws IllegalArgumentException if the JSON is malformed, lacks {@code kid} or private members
   */
  public static SigningKey fromJwk(String json) {
    JsonNode jwk = JwkCodec.read(json);
    SignatureAlgorithm algorithm = JwkCodec.algorithm(jwk);
    String keyId = JwkCodec.keyId(jwk);
    if (algorithm.isSymmetric()) {
      return hmac(keyId, JwkCodec.secret(jwk));
    }
    return fromPrivateKey(keyId, algorithm, JwkCodec.privateKey(algorithm, jwk));
  }

  /**
   * The key id, sent as the {@code keyid} signature parameter.
   *
   * @return the key id, never empty
   */
  public String keyId() {
    return keyId;
  }

  /**
   * The algorithm this key signs with.
   *
   * @return the signature algorithm
   */
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  /**
   * Signs the bytes of a signature base.
   *
   * @param data the UTF-8 bytes of the RFC 9421 signature base
   * @return the raw signature bytes, to be Base64-encoded into the {@code Signature} header
   */
  public byte[] sign(byte[] data) {
    return hmac != null ? hmac.sign(data) : Objects.requireNonNull(jca).sign(data);
  }

  static String requireKeyId(String keyId) {
    if (keyId == null || keyId.isEmpty()) {
      throw new IllegalArgumentException("a key id is required");
    }
    return keyId;
  }

  /** Shows the key id and algorithm only. */
  @Override
  public String toString() {
    return "SigningKey[keyId=" + keyId + ", algorithm=" + algorithm.identifier() + ']';
  }
}
