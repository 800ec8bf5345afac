package io.cityservices.core.auth;

import io.cityservices.core.privacy.Redactor;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The app's bearer token with the HMAC session key the token endpoint issued with it: every request
 * made under this token is signed with that key, and every response is verified with it.
 *
 * <p>Immutable; {@link #toString()} shows neither the token nor the key.
 *
 * @param value the bearer token
 * @param expiresAt when it expires
 * @param scope the granted scope, may be null
 * @param signingKeyId the session key's id ({@code keyid} in signatures), may be null when the
 *     platform issued no key
 * @param signingKey the raw session key bytes, may be null
 */
// The key bytes are copied in and out, and equals/hashCode compare their contents.
@SuppressWarnings("ArrayRecordComponent")
public record AccessToken(
    String value,
    Instant expiresAt,
    @Nullable String scope,
    @Nullable String signingKeyId,
    byte @Nullable [] signingKey) {

  /**
   * Checks the required components and copies the key.
   *
   * @param value the bearer token; not null
   * @param expiresAt when it expires; not null
   * @param scope the granted scope, or null
   * @param signingKeyId the session key's id, or null
   * @param signingKey the session key bytes, or null; copied
   * @throws NullPointerException if {@code value} or {@code expiresAt} is null
   */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
    signingKey = signingKey == null ? null : signingKey.clone();
  }

  /**
   * The raw session key bytes.
   *
   * @return a fresh copy of the key, or null when the platform issued none
   */
  @Override
  public byte @Nullable [] signingKey() {
    return signingKey == null ? null : signingKey.clone();
  }

  /**
   * True when the token expires within {@code margin} of {@code now}, so should be refreshed.
   *
   * @param margin how long before expiry a token counts as expiring; not negative
   * @param now the current instant, from the client's clock
   * @return true if {@code now + margin} is at or after {@link #expiresAt()}
   */
  public boolean expiresWithin(Duration margin, Instant now) {
    return !now.plus(margin).isBefore(expiresAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessToken t
        && value.equals(t.value)
        && expiresAt.equals(t.expiresAt)
        && Objects.equals(signingKeyId, t.signingKeyId)
        && Arrays.equals(signingKey, t.signingKey);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "AccessToken[value="
        + Redactor.maskSecret(value)
        + ", expiresAt="
        + expiresAt
        + ", scope="
        + scope
        + ", signingKeyId="
        + signingKeyId
        + "]";
  }
}
