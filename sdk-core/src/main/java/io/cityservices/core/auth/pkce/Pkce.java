package io.cityservices.core.auth.pkce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Creates PKCE (RFC 7636) verifiers and {@code S256} challenges. Thread-safe ({@link SecureRandom} is).
 */
public final class Pkce {

  /** The only challenge method this SDK uses; {@code plain} offers no protection. */
  public static final String S256 = "S256";

  private static final int VERIFIER_ENTROPY_BYTES = 32;

  private final SecureRandom random;

  /** Uses a new {@link SecureRandom}. */
  public Pkce() {
    this(new SecureRandom());
  }

  /**
   * Uses the given source of randomness (tests inject a seeded one).
   *
   * @param random the source of verifier bytes; not null
   */
  public Pkce(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * A new verifier (32 random bytes, base64url without padding: 43 characters) and its challenge.
   *
   * @return a fresh verifier with its {@code S256} challenge; keep the verifier until the code
   *     exchange
   */
  public PkcePair generate() {
    String verifier = generateVerifier();
    return new PkcePair(verifier, challenge(verifier), S256);
  }

  /**
   * A new verifier: 32 random bytes, base64url without padding (43 unreserved characters).
   *
   * @return the verifier, 43 characters
   */
  public String generateVerifier() {
    byte[] bytes = new byte[VERIFIER_ENTROPY_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The {@code S256} challenge: BASE64URL(SHA-256(ASCII(verifier))) without padding.
   *
   * @param verifier the verifier, e.g. from {@link #generateVerifier()}
   * @return the challenge to send in the authorisation request, 43 characters
   * @throws IllegalArgumentException if the verifier is not 43-128 characters of
   *     {@code [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"} (RFC 7636 §4.1); the message does not
   *     contain the verifier
   */
  public static String challenge(String verifier) {
    checkVerifier(verifier);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  private static void checkVerifier(String verifier) {
    Objects.requireNonNull(verifier, "verifier");
    if (verifier.length() < 43 || verifier.length() > 128) {
      throw new IllegalArgumentException("a PKCE verifier must be 43 to 128 characters long");
    }
    for (int i = 0; i < verifier.length(); i++) {
      char c = verifier.charAt(i);
      boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~';
      if (!unreserved) {
        throw new IllegalArgumentException("a PKCE verifier may only use unreserved characters");
      }
    }
  }
}
