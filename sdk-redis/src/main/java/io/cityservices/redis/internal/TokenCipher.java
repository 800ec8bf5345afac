package io.cityservices.redis.internal;

import io.cityservices.core.auth.AccessToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;

/**
 * Seals a token with its session key for storage in Redis: AES-GCM under the app's key, with the
 * Redis key as associated data so that a sealed value copied under another key does not open.
 * Thread-safe.
 */
public final class TokenCipher {

  private static final String VERSION = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  public TokenCipher(SecretKey key) {
    if (!"AES".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("encryptionKey must be an AES key");
    }
    int length = key.getEncoded() == null ? 0 : key.getEncoded().length;
    if (length != 16 && length != 24 && length != 32) {
      throw new IllegalArgumentException("encryptionKey must be 128, 192 or 256 bits");
    }
    this.key = key;
  }

  /** The sealed form of {@code token}, stored under {@code redisKey}. */
  public String seal(String redisKey, AccessToken token) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(redisKey.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(encode(token));
      return VERSION
          + Base64.getEncoder()
              .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /** The token sealed in {@code value}, or empty when it does not open under this key. */
  public Optional<AccessToken> open(String redisKey, @Nullable String value) {
    if (value == null || !value.startsWith(VERSION)) {
      return Optional.empty();
    }
    try {
      byte[] all = Base64.getDecoder().decode(value.substring(VERSION.length()));
      if (all.length <= NONCE_BYTES) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      cipher.updateAAD(redisKey.getBytes(StandardCharsets.UTF_8));
      return Optional.of(decode(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES)));
    } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }

  private static byte[] encode(AccessToken token) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(token.value());
      Instant expiresAt = token.expiresAt();
      out.writeLong(expiresAt.getEpochSecond());
      out.writeInt(expiresAt.getNano());
      writeNullable(out, token.scope());
      writeNullable(out, token.signingKeyId());
      byte[] signingKey = token.signingKey();
      out.writeInt(signingKey == null ? -1 : signingKey.length);
      if (signingKey != null) {
        out.write(signingKey);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  // AccessToken's key is `byte @Nullable []`; NullAway reads nullness on array types only in its
  // JSpecify mode, which needs a newer javac than the JDK 17 this builds on.
  @SuppressWarnings("NullAway")
  private static AccessToken decode(byte[] plain) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
      String value = in.readUTF();
      Instant expiresAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
      String scope = readNullable(in);
      String signingKeyId = readNullable(in);
      int length = in.readInt();
      byte @Nullable [] signingKey = length < 0 ? null : in.readNBytes(length);
      return new AccessToken(value, expiresAt, scope, signingKeyId, signingKey);
    }
  }

  private static void writeNullable(DataOutputStream out, @Nullable String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static @Nullable String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
