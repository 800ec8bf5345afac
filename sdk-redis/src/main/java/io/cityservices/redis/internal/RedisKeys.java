package io.cityservices.redis.internal;

import io.cityservices.core.auth.TokenStore.TokenKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Key names: {@code prefix:{clientId}:...}. The client id is the hash tag, so every key of one app
 * is in one Redis Cluster slot and a script may touch several of them.
 */
public final class RedisKeys {

  private final String prefix;

  public RedisKeys(String prefix) {
    if (prefix == null || prefix.isBlank() || prefix.contains("{") || prefix.contains("}")) {
      throw new IllegalArgumentException("keyPrefix must be non-blank without braces");
    }
    this.prefix = prefix;
  }

  public String token(TokenKey key) {
    return app(key.clientId()) + ":token:" + digest(key);
  }

  public String lease(TokenKey key) {
    return app(key.clientId()) + ":lease:" + digest(key);
  }

  public String event(String clientId, String eventId) {
    return app(clientId) + ":event:" + eventId;
  }

  /** The shared rate-limit bucket of one department ({@code <city>/<service>}) for one app. */
  public String quota(String clientId, String departmentKey) {
    return app(clientId) + ":quota:" + departmentKey;
  }

  /** The shared "department open" signal of one department for one app. */
  public String departmentOpen(String clientId, String departmentKey) {
    return app(clientId) + ":open:" + departmentKey;
  }

  /** Throws {@link IllegalArgumentException} when {@code clientId} cannot be a hash tag. */
  public static void requireHashTag(String clientId) {
    if (clientId.contains("{") || clientId.contains("}")) {
      throw new IllegalArgumentException("clientId must not contain braces");
    }
  }

  private String app(String clientId) {
    requireHashTag(clientId);
    return prefix + ":{" + clientId + "}";
  }

  // The base URL and scope are hashed: short keys, and no URL in a key listing.
  private static String digest(TokenKey key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((key.baseUrl() + "\n" + key.scope()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
