package io.cityservices.core.internal.resilience;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The response directives of a {@code Cache-Control} header (RFC 9111 §5.2.2) that matter to the
 * SDK's shared response cache. {@code s-maxage}, {@code must-revalidate}, {@code public} and
 * extensions are ignored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAge the {@code max-age} freshness lifetime, if given
 * @param noStore {@code no-store}: the response must not be stored
 * @param noCache {@code no-cache}: a stored response must be revalidated before every use
 * @param isPrivate {@code private}: a shared cache must not store the response
 */
record CacheControl(
    Optional<Duration> maxAge, boolean noStore, boolean noCache, boolean isPrivate) {

  /** No directives. */
  /** RFC 9111 §1.2.2: the greatest delta-seconds a cache needs to represent. */
  private static final long MAX_DELTA_SECONDS = 2_147_483_648L;

  static final CacheControl EMPTY = new CacheControl(Optional.empty(), false, false, false);

  /**
   * Parses a {@code Cache-Control} value, tolerating unknown and malformed directives (a malformed
   * {@code max-age} is ignored, a negative one counts as zero, and one above 2<sup>31</sup> seconds
   * counts as 2<sup>31</sup>, as RFC 9111 §1.2.2 says, so that an expiry time is always computable).
   *
   * @param headerValue the header value, may be null
   * @return the directives; {@link #EMPTY} for null
   */
  static CacheControl parse(String headerValue) {
    if (headerValue == null) {
      return EMPTY;
    }
    Optional<Duration> maxAge = Optional.empty();
    boolean noStore = false;
    boolean noCache = false;
    boolean isPrivate = false;
    for (String directive : headerValue.split(",", -1)) {
      String d = directive.trim().toLowerCase(Locale.ROOT);
      int eq = d.indexOf('=');
      String name = eq < 0 ? d : d.substring(0, eq).trim();
      // private="field" and no-cache="field" restrict only some fields; a cache storing whole
      // responses must treat them as the unqualified directive.
      switch (name) {
        case "no-store" -> noStore = true;
        case "no-cache" -> noCache = true;
        case "private" -> isPrivate = true;
        case "max-age" -> {
          Optional<Duration> parsed = eq > 0 ? seconds(d.substring(eq + 1)) : Optional.empty();
          if (parsed.isPresent()) {
            maxAge = parsed;
          }
        }
        default -> {
          // other directives do not change how a response is cached here
        }
      }
    }
    return new CacheControl(maxAge, noStore, noCache, isPrivate);
  }

  private static Optional<Duration> seconds(String value) {
    String v = value.trim();
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Math.min(MAX_DELTA_SECONDS, Long.parseLong(v)))));
    } catch (NumberFormatException e) {
      // RFC 9111 §1.2.2: delta-seconds too large to parse mean the greatest value.
      return v.matches("\\d+") ? Optional.of(Duration.ofSeconds(MAX_DELTA_SECONDS)) : Optional.empty();
    }
  }
}
