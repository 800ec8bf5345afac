package io.cityservices.core.internal.signing;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.signing.SignatureErrors;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Content-Digest} field of RFC 9530: creating it for a body, and checking a received one.
 * Stateless and thread-safe.
 */
public final class ContentDigest {

  private static final Map<String, String> SUPPORTED = Map.of("sha-256", "SHA-256", "sha-512", "SHA-512");

  private ContentDigest() {}

  /**
   * The field value {@code sha-256=:base64:} for a body (null or an empty array for an empty body).
   *
   * @param body the content bytes, or null for none
   * @return the {@code Content-Digest} field value
   */
  public static String sha256(byte[] body) {
    return "sha-256=" + StructuredFields.serializeBytes(digest("SHA-256", body));
  }

  /**
   * The field value {@code sha-512=:base64:} for a body (null or an empty array for an empty body).
   *
   * @param body the content bytes, or null for none
   * @return the {@code Content-Digest} field value
   */
  public static String sha512(byte[] body) {
    return "sha-512=" + StructuredFields.serializeBytes(digest("SHA-512", body));
  }

  /**
   * Checks a {@code Content-Digest} value against the body. Every supported algorithm in the field must
   * match; unsupported ones are ignored, but at least one supported one must be present. Comparison is
   * constant-time. A null body is an empty one (a message without content), as in {@link
   * MessageVerifier#verifyWithDigest}.
   *
   * @param headerValue the received {@code Content-Digest} field value, or null when absent
   * @param body the received content bytes, or null for none
   * @throws SignatureException with code {@link SignatureErrors#DIGEST_MISSING} if the value is null,
   *     {@link SignatureErrors#SIGNATURE_MALFORMED} if it is not a dictionary of byte sequences,
   *     {@link SignatureErrors#DIGEST_UNSUPPORTED} if no algorithm is supported, or
   *     {@link SignatureErrors#DIGEST_MISMATCH} if a digest differs
   */
  public static void verify(@Nullable String headerValue, byte @Nullable [] body) {
    byte[] content = body == null ? new byte[0] : body;
    if (headerValue == null) {
      throw SignatureFailures.failure(SignatureErrors.DIGEST_MISSING, "Content-Digest is missing");
    }
    Map<String, Object> members;
    try {
      members = StructuredFields.parseDictionary(headerValue);
    } catch (IllegalArgumentException e) {
      throw SignatureFailures.failure(SignatureErrors.SIGNATURE_MALFORMED, "Content-Digest is malformed: " + e.getMessage());
    }
    int checked = 0;
    for (Map.Entry<String, Object> member : members.entrySet()) {
      String jca = SUPPORTED.get(member.getKey());
      if (jca == null) {
        continue;
      }
      if (!(member.getValue() instanceof StructuredFields.Item item)
          || !(item.value() instanceof StructuredFields.ByteSequence expected)) {
        throw SignatureFailures.failure(SignatureErrors.SIGNATURE_MALFORMED,
            "Content-Digest member " + member.getKey() + " is not a byte sequence");
      }
      if (!MessageDigest.isEqual(digest(jca, content), expected.bytes())) {
        throw SignatureFailures.failure(SignatureErrors.DIGEST_MISMATCH,
            "Content-Digest " + member.getKey() + " does not match the body");
      }
      checked++;
    }
    if (checked == 0) {
      throw SignatureFailures.failure(SignatureErrors.DIGEST_UNSUPPORTED,
          "Content-Digest has no supported algorithm (sha-256, sha-512): " + members.keySet());
    }
  }

  private static byte[] digest(String jcaName, byte[] body) {
    try {
      return MessageDigest.getInstance(jcaName).digest(body == null ? new byte[0] : body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(jcaName + " is unavailable", e);
    }
  }
}
