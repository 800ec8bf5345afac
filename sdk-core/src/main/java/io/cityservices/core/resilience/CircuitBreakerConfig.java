package io.cityservices.core.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings for a department's circuit breaker. Immutable; build with {@link #builder()} or use {@link
 * #defaults()}.
 *
 * @param slidingWindowSize how many of the most recent outcomes are considered
 * @param minimumNumberOfCalls outcomes needed in the window before the failure rate is evaluated
 * @param failureRateThreshold failure percentage (0 exclusive to 100 inclusive) at or above which
 *     the breaker opens
 * @param openDuration how long the breaker stays open before letting trial calls through
 * @param permittedCallsInHalfOpenState trial calls let through while half-open; all must succeed to
 *     close the breaker
 */
public record CircuitBreakerConfig(
    int slidingWindowSize,
    int minimumNumberOfCalls,
    double failureRateThreshold,
    Duration openDuration,
    int permittedCallsInHalfOpenState) {

  /**
   * Validates the settings.
   *
   * @param slidingWindowSize outcomes considered, at least 1
   * @param minimumNumberOfCalls outcomes needed before evaluating, 1 to {@code slidingWindowSize}
   * @param failureRateThreshold failure percentage that opens the breaker, in (0, 100]
   * @param openDuration how long the breaker stays open; positive
   * @param permittedCallsInHalfOpenState trial calls while half-open, at least 1
   * @throws IllegalArgumentException if a count is below 1, {@code minimumNumberOfCalls} exceeds
   *     the window, the threshold is outside (0, 100] or the open duration is not positive
   * @throws NullPointerException if {@code openDuration} is null
   */
  public CircuitBreakerConfig {
    Objects.requireNonNull(openDuration, "openDuration");
    if (slidingWindowSize < 1) {
      throw new IllegalArgumentException("slidingWindowSize must be at least 1");
    }
    if (minimumNumberOfCalls < 1 || minimumNumberOfCalls > slidingWindowSize) {
      throw new IllegalArgumentException("minimumNumberOfCalls must be in [1, slidingWindowSize]");
    }
    if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
      throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]");
    }
    if (openDuration.isNegative() || openDuration.isZero()) {
      throw new IllegalArgumentException("openDuration must be positive");
    }
    if (permittedCallsInHalfOpenState < 1) {
      throw new IllegalArgumentException("permittedCallsInHalfOpenState must be at least 1");
    }
  }

  /**
   * The defaults: window 20, minimum 10 calls, 50% threshold, open 30 s, 2 half-open trials.
   *
   * @return the default settings
   */
  public static CircuitBreakerConfig defaults() {
    return builder().build();
  }

  /**
   * A builder starting from {@link #defaults()}.
   *
   * @return a new builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CircuitBreakerConfig}; not thread-safe, use from one thread. */
  public static final class Builder {
    private int slidingWindowSize = 20;
    private int minimumNumberOfCalls = 10;
    private double failureRateThreshold = 50;
    private Duration openDuration = Duration.ofSeconds(30);
    private int permittedCallsInHalfOpenState = 2;

    private Builder() {}

    /**
     * How many recent outcomes are considered (default 20).
     *
     * @param slidingWindowSize at least 1, checked by {@link #build()}
     * @return this builder
     */
    public Builder slidingWindowSize(int slidingWindowSize) {
      this.slidingWindowSize = slidingWindowSize;
      return this;
    }

    /**
     * Outcomes needed before the failure rate is evaluated (default 10).
     *
     * @param minimumNumberOfCalls 1 to the window size, checked by {@link #build()}
     * @return this builder
     */
    public Builder minimumNumberOfCalls(int minimumNumberOfCalls) {
      this.minimumNumberOfCalls = minimumNumberOfCalls;
      return this;
    }

    /**
     * Failure percentage at or above which the breaker opens (default 50).
     *
     * @param failureRateThreshold a percentage in (0, 100], checked by {@link #build()}
     * @return this builder
     */
    public Builder failureRateThreshold(double failureRateThreshold) {
      this.failureRateThreshold = failureRateThreshold;
      return this;
    }

    /**
     * How long the breaker stays open before trial calls (default 30 s).
     *
     * @param openDuration positive, checked by {@link #build()}
     * @return this builder
     */
    public Builder openDuration(Duration openDuration) {
      this.openDuration = openDuration;
      return this;
    }

    /**
     * Trial calls let through while half-open (default 2).
     *
     * @param permittedCallsInHalfOpenState at least 1, checked by {@link #build()}
     * @return this builder
     */
    public Builder permittedCallsInHalfOpenState(int permittedCallsInHalfOpenState) {
      this.permittedCallsInHalfOpenState = permittedCallsInHalfOpenState;
      return this;
    }

    /**
     * Builds the config.
     *
     * @return a new config with this builder's settings
     * @throws IllegalArgumentException if the settings are invalid (see {@link
     *     CircuitBreakerConfig})
     */
    public CircuitBreakerConfig build() {
      return new CircuitBreakerConfig(
          slidingWindowSize,
          minimumNumberOfCalls,
          failureRateThreshold,
          openDuration,
          permittedCallsInHalfOpenState);
    }
  }
}
