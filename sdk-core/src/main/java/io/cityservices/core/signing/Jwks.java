package io.cityservices.core.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * JSON Web Key Sets (RFC 7517 §5): reading a published set into verification keys by key id, and
 * writing public keys as a set (the sandbox serves its keys this way). Stateless and thread-safe.
 */
public final class Jwks {

  private Jwks() {}

  /**
   * Reads a JWKS document {@code {"keys": [...]}}. Keys that are not for signatures ({@code use} other
   * than {@code sig}) or of a type this SDK does not support are skipped, so a platform can add new key
   * types without breaking older SDKs.
   *
   * @param json the JWKS document as JSON text
   * @return an unmodifiable map from key id to key, in document order
   * @throws IllegalArgumentException if the JSON is malformed, {@code keys} is not an array, a key lacks
   *     {@code kid}, or two keys share a key id
   */
  public static Map<String, VerificationKey> parse(String json) {
    JsonNode root = JwkCodec.read(json);
    JsonNode keys = root.get("keys");
    if (keys == null || !keys.isArray()) {
      throw new IllegalArgumentException("a JWKS needs a keys array");
    }
    Map<String, VerificationKey> result = new LinkedHashMap<>();
    for (JsonNode jwk : keys) {
      if (!jwk.isObject() || (jwk.has("use") && !"sig".equals(jwk.get("use").asText()))) {
        continue;
      }
      String keyId = JwkCodec.keyId(jwk);
      VerificationKey key;
      try {
        key = VerificationKey.fromJwk(jwk);
      } catch (IllegalArgumentException unsupported) {
        // An unknown kty/crv/alg is skipped (see above); the key cannot be selected by anyone then.
        continue;
      }
      if (result.putIfAbsent(keyId, key) != null) {
        throw new IllegalArgumentException("duplicate kid in JWKS: " + keyId);
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * Adapts a key map to the key resolver {@link io.cityservices.core.webhook.WebhookVerifier}
   * takes.
   *
   * @param keys a map from key id to key, e.g. from {@link #parse}; copied
   * @return a resolver answering empty for an unknown key id
   */
  public static Function<String, Optional<VerificationKey>> resolver(Map<String, VerificationKey> keys) {
    Map<String, VerificationKey> copy = Map.copyOf(keys);
    return keyId -> Optional.ofNullable(copy.get(keyId));
  }

  /**
   * Writes public keys as a JWKS document.
   *
   * @param keys the public keys to publish
   * @return the JWKS document as compact JSON
   * @throws IllegalStateException if a key is a shared secret, which must never be published
   */
  public static String toJson(Collection<VerificationKey> keys) {
    List<Map<String, Object>> jwks = new ArrayList<>(keys.size());
    for (VerificationKey key : keys) {
      jwks.add(key.publicJwkMembers());
    }
    return JwkCodec.write(Map.of("keys", jwks));
  }
}
