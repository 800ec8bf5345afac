package io.cityservices.core.internal.resilience;

import io.cityservices.core.resilience.RateLimitMode;

import io.cityservices.core.error.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers, per key (usually the department key), until when the platform has said the quota is
 * used up, so that the client waits or fails fast instead of sending requests bound to be refused
 * with 429.
 *
 * <p>Feed it every response with {@link #update(String, RateLimitHeaders)}, and ask {@link
 * #delayBeforeSend(String, RateLimitMode, Deadline)} before sending. A key gets an entry when its
 * quota is exhausted, which is dropped when a response reports remaining quota or the key is next
 * asked about after the reset, so the map holds at most one entry per throttled key; keys are
 * department keys, so it stays small.
 *
 * <p>Thread-safe and lock-free.
 */
public final class RateLimitState {

  /** The error code of the exception thrown when the quota is exhausted. */
  public static final String EXHAUSTED_CODE = "rate_limit_exhausted";

  private final Clock clock;
  private final ConcurrentMap<String, Instant> blockedUntil = new ConcurrentHashMap<>();

  /**
   * Creates an empty state.
   *
   * @param clock the clock reset times are measured with
   * @throws NullPointerException if {@code clock} is null
   */
  public RateLimitState(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records what a response's rate-limit headers said for {@code key}: an exhausted quota blocks
   * the key until its reset, remaining quota unblocks it. The latest response wins.
   *
   * @throws NullPointerException if an argument is null
   */
  public void update(String key, RateLimitHeaders headers) {
    Objects.requireNonNull(key, "key");
    if (headers.exhausted() && !headers.reset().isZero()) {
      blockedUntil.put(key, clock.instant().plus(headers.reset()));
    } else {
      blockedUntil.remove(key);
    }
  }

  /**
   * How long to wait before sending a request for {@code key}.
   *
   * @return the time until the quota resets, or empty when a request may be sent now
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<Duration> waitBeforeSend(String key) {
    Instant until = blockedUntil.get(key);
    if (until == null) {
      return Optional.empty();
    }
    Duration wait = Duration.between(clock.instant(), until);
    if (wait.isNegative() || wait.isZero()) {
      // Remove only this reset time: a concurrent update may already have stored a newer one.
      blockedUntil.remove(key, until);
      return Optional.empty();
    }
    return Optional.of(wait);
  }

  /**
   * Decides, before sending a request for {@code key}, whether to go ahead, wait or fail.
   *
   * @param key the rate-limit key, usually the department key
   * @param mode {@link RateLimitMode#WAIT} to wait for the reset, {@link RateLimitMode#FAIL_FAST}
   *     to fail while the quota is exhausted
   * @param deadline the call's deadline; a wait that would pass it fails instead
   * @return how long to wait before sending; {@link Duration#ZERO} when the quota is not exhausted
   * @throws RateLimitedException with status 0, code {@value #EXHAUSTED_CODE} and {@code
   *     retryAfter} set to the time until reset, in FAIL_FAST mode while the quota is exhausted, or
   *     in WAIT mode when the reset comes after the deadline
   * @throws NullPointerException if an argument is null
   */
  public Duration delayBeforeSend(String key, RateLimitMode mode, Deadline deadline) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(deadline, "deadline");
    Optional<Duration> wait = waitBeforeSend(key);
    if (wait.isEmpty()) {
      return Duration.ZERO;
    }
    Duration delay = wait.get();
    if (mode == RateLimitMode.FAIL_FAST) {
      throw exhausted(key, delay, "");
    }
    if (delay.compareTo(deadline.remaining()) > 0) {
      throw exhausted(key, delay, " and the reset comes after the call's deadline");
    }
    return delay;
  }

  private static RateLimitedException exhausted(String key, Duration delay, String why) {
    return new RateLimitedException(
        "Rate limit for " + key + " is exhausted until it resets in " + delay + why,
        0,
        EXHAUSTED_CODE,
        null,
        null,
        delay,
        null);
  }
}
