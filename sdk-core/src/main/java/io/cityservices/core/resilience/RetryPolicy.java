package io.cityservices.core.resilience;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before retrying a failed attempt: a maximum number of attempts,
 * exponential back-off with full jitter between a base delay and a cap, and the HTTP statuses worth
 * retrying.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}, or use {@link #none()}.
 *
 * @param maxAttempts total attempts including the first one; 1 means never retry
 * @param baseDelay the back-off ceiling after the first failed attempt
 * @param maxDelay the cap on any back-off ceiling
 * @param retryableStatuses HTTP statuses for which another attempt may succeed
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Set<Integer> retryableStatuses) {

  /** Default total attempts, including the first. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** Default back-off ceiling after the first failure. */
  public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(100);

  /** Default cap on the back-off ceiling. */
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(5);

  /**
   * Default retryable statuses: request timeout, too many requests and gateway/unavailable errors.
   */
  public static final Set<Integer> DEFAULT_RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);

  // 2^62 already exceeds any Duration in nanoseconds, so larger shifts are never needed.
  private static final int MAX_SHIFT = 62;

  /**
   * Validates and copies the components.
   *
   * @param maxAttempts total attempts including the first, at least 1
   * @param baseDelay the first back-off ceiling; not negative, at most {@code maxDelay}
   * @param maxDelay the cap on any back-off ceiling; not negative
   * @param retryableStatuses HTTP statuses worth retrying; copied
   * @throws IllegalArgumentException if {@code maxAttempts < 1}, a delay is negative or {@code
   *     baseDelay > maxDelay}
   * @throws NullPointerException if any component is null
   */
  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    retryableStatuses = Set.copyOf(Objects.requireNonNull(retryableStatuses, "retryableStatuses"));
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
    if (baseDelay.compareTo(maxDelay) > 0) {
      throw new IllegalArgumentException("baseDelay must not exceed maxDelay");
    }
  }

  /**
   * A policy that makes exactly one attempt and never retries.
   *
   * @return a policy with {@code maxAttempts} 1 and the default delays and statuses
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * A builder starting from the defaults (3 attempts, 100 ms base, 5 s cap, 408/429/502/503/504).
   *
   * @return a new builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The full-jitter back-off to wait after attempt {@code attemptNumber} failed: a uniformly random
   * duration in {@code [0, min(maxDelay, baseDelay * 2^(attemptNumber - 1)))}, as in the AWS
   * Architecture Blog's "Exponential Backoff and Jitter". Full jitter spreads the retries of many
   * clients that failed together instead of having them hit the back end again in lock-step.
   *
   * @param attemptNumber the 1-based number of the attempt that just failed
   * @param rnd the source of jitter; pass a seeded generator in tests
   * @return a duration between zero (inclusive) and the ceiling (exclusive)
   * @throws IllegalArgumentException if {@code attemptNumber < 1}
   */
  public Duration backoff(int attemptNumber, RandomGenerator rnd) {
    if (attemptNumber < 1) {
      throw new IllegalArgumentException("attemptNumber must be at least 1: " + attemptNumber);
    }
    long ceilingNanos = ceilingNanos(attemptNumber);
    return Duration.ofNanos((long) (rnd.nextDouble() * ceilingNanos));
  }

  /**
   * The back-off ceiling for attempt {@code attemptNumber}: {@code min(maxDelay, baseDelay *
   * 2^(attemptNumber - 1))}. Exposed so callers and tests can reason about the jitter range.
   *
   * @param attemptNumber the 1-based number of the attempt that just failed
   * @return {@code baseDelay} doubled per earlier failure, capped at {@code maxDelay}
   * @throws IllegalArgumentException if {@code attemptNumber < 1}
   */
  public Duration backoffCeiling(int attemptNumber) {
    if (attemptNumber < 1) {
      throw new IllegalArgumentException("attemptNumber must be at least 1: " + attemptNumber);
    }
    return Duration.ofNanos(ceilingNanos(attemptNumber));
  }

  private long ceilingNanos(int attemptNumber) {
    long base = baseDelay.toNanos();
    long cap = maxDelay.toNanos();
    int shift = Math.min(attemptNumber - 1, MAX_SHIFT);
    // Compare before shifting so the multiplication cannot overflow.
    if (base > (cap >> shift)) {
      return cap;
    }
    return Math.min(cap, base << shift);
  }

  /**
   * Whether another attempt may follow {@code attemptsMade} attempts.
   *
   * @param attemptsMade attempts already sent, including the first
   * @return true while {@code attemptsMade} is below {@link #maxAttempts()}
   */
  public boolean hasAttemptsLeft(int attemptsMade) {
    return attemptsMade < maxAttempts;
  }

  /**
   * Whether a response with this HTTP status is worth retrying.
   *
   * @param status the HTTP status code of a failed attempt, e.g. 503
   * @return true if {@code status} is one of {@link #retryableStatuses()}
   */
  public boolean isRetryableStatus(int status) {
    return retryableStatuses.contains(status);
  }

  /**
   * Whether a request may be sent again without risking a duplicated side effect: the idempotent
   * methods GET, HEAD, PUT, DELETE and OPTIONS always, POST and PATCH only when they carry an
   * idempotency key (the server then deduplicates them). A retried payment must reuse its key.
   *
   * @param httpMethod the request method, case-insensitive
   * @param hasIdempotencyKey whether the request carries an {@code Idempotency-Key}
   * @return true if repeating the request cannot duplicate its effect
   * @throws NullPointerException if {@code httpMethod} is null
   */
  public static boolean isSafeToRetry(String httpMethod, boolean hasIdempotencyKey) {
    return switch (httpMethod.toUpperCase(Locale.ROOT)) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      case "POST", "PATCH" -> hasIdempotencyKey;
      default -> false;
    };
  }

  /** Builds a {@link RetryPolicy}; not thread-safe, use from one thread. */
  public static final class Builder {
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration baseDelay = DEFAULT_BASE_DELAY;
    private Duration maxDelay = DEFAULT_MAX_DELAY;
    private Set<Integer> retryableStatuses = DEFAULT_RETRYABLE_STATUSES;

    private Builder() {}

    /**
     * Total attempts including the first; 1 disables retries.
     *
     * @param maxAttempts at least 1, checked by {@link #build()}
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The back-off ceiling after the first failed attempt; doubles with each further failure.
     *
     * @param baseDelay not negative and at most the max delay, checked by {@link #build()}
     * @return this builder
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
      return this;
    }

    /**
     * The cap on the back-off ceiling.
     *
     * @param maxDelay not negative, checked by {@link #build()}
     * @return this builder
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
      return this;
    }

    /**
     * The HTTP statuses worth retrying, replacing the defaults.
     *
     * @param retryableStatuses the HTTP status codes, e.g. {@code Set.of(429, 503)}; copied by
     *     {@link #build()}
     * @return this builder
     */
    public Builder retryableStatuses(Set<Integer> retryableStatuses) {
      this.retryableStatuses = retryableStatuses;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return a new policy with this builder's settings
     * @throws IllegalArgumentException if the settings are inconsistent (see {@link RetryPolicy})
     */
    public RetryPolicy build() {
      return new RetryPolicy(maxAttempts, baseDelay, maxDelay, retryableStatuses);
    }
  }
}
