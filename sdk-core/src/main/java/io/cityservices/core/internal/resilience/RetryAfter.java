package io.cityservices.core.internal.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the {@code Retry-After} response header (RFC 9110 §10.2.3) into a wait duration.
 *
 * <p>Stateless and thread-safe.
 */
public final class RetryAfter {

  // RFC 9110 allows only 1*DIGIT; a leading minus is accepted so that a buggy negative value means
  // "retry now" rather than "no advice".
  private static final Pattern DELTA_SECONDS = Pattern.compile("-?\\d+");

  /**
   * The longest delay a header from the network is taken to ask for. Anything further is clamped to
   * it: it already exceeds any call's deadline (so the call fails fast), and it keeps every
   * {@code Instant} computed from it in range whatever number arrived.
   */
  public static final Duration MAX_DELAY = Duration.ofDays(1);

  private RetryAfter() {}

  /** Delta-seconds from a header, clamped to {@code [0, MAX_DELAY]}. */
  static Duration clampedSeconds(long seconds) {
    return Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_DELAY.toSeconds())));
  }

  /**
   * Parses a {@code Retry-After} value: either delta-seconds ({@code 120}) or an IMF-fixdate
   * HTTP-date ({@code Sun, 06 Nov 1994 08:49:37 GMT}), measured against {@code clock}. A negative
   * delay or a date in the past yields {@link Duration#ZERO}; a longer delay than {@link #MAX_DELAY}
   * (including delta-seconds too large for a {@code long}) is clamped to it. The obsolete RFC 850 and asctime date forms are not accepted.
   *
   * @param headerValue the header value, may be null
   * @param clock the clock an HTTP-date is compared with
   * @return the delay, or empty when the value is absent or unparseable
   */
  public static Optional<Duration> parse(String headerValue, Clock clock) {
    if (headerValue == null) {
      return Optional.empty();
    }
    String value = headerValue.trim();
    if (DELTA_SECONDS.matcher(value).matches()) {
      return Optional.of(fromSeconds(value));
    }
    try {
      ZonedDateTime date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(clock.instant(), date.toInstant());
      return Optional.of(delay.isNegative() ? Duration.ZERO : min(delay, MAX_DELAY));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration fromSeconds(String digits) {
    if (digits.startsWith("-")) {
      return Duration.ZERO;
    }
    try {
      return clampedSeconds(Long.parseLong(digits));
    } catch (NumberFormatException overflow) {
      return MAX_DELAY;
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
