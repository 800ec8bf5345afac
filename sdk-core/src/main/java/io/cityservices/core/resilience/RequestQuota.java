package io.cityservices.core.resilience;

import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.internal.http.InMemoryRequestQuota;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Decides, before each request to a department is sent, whether it may go now, after a wait, or not
 * at all, and learns the platform's advertised rate limit from every response. Pass one to {@code
 * CityServices.builder().requestQuota(...)}.
 *
 * <p>The default, {@link #inMemory(Clock)}, remembers only what this client saw: once a response
 * says the quota is used up, requests wait for its reset or fail fast. An implementation shared by
 * many instances (the {@code sdk-redis} module's) also spreads the advertised quota across them.
 *
 * <p>Implementations must be thread-safe and must not block the calling thread: {@link #acquire}
 * answers with a future, and {@link #observe} returns at once.
 */
public interface RequestQuota {

  /**
   * Reserves one request to {@code departmentKey}. Not idempotent: each completed reservation uses
   * up one request of the quota.
   *
   * @param departmentKey the department key, e.g. {@code 310000/traffic}
   * @param mode whether to wait for quota ({@link RateLimitMode#WAIT}) or fail at once
   * @param maxWait the time left before the caller's deadline; the answer never asks for a longer
   *     wait
   * @return a future of how long to wait before sending ({@link Duration#ZERO}: send now); it
   *     completes exceptionally with a {@link RateLimitedException} (status 0, code {@code
   *     rate_limit_exhausted}) when the request may not be sent within {@code maxWait}, or at once
   *     in {@link RateLimitMode#FAIL_FAST} mode
   * @throws NullPointerException if an argument is null
   */
  CompletableFuture<Duration> acquire(String departmentKey, RateLimitMode mode, Duration maxWait);

  /**
   * Learns what a response from {@code departmentKey} said about the quota; the latest response
   * wins. Idempotent for the same observation.
   *
   * @param departmentKey the department key, e.g. {@code 310000/traffic}
   * @param observation the response's rate-limit headers
   * @throws NullPointerException if an argument is null
   */
  void observe(String departmentKey, Observation observation);

  /**
   * The default quota: what this client saw, kept in its memory.
   *
   * @param clock the clock reset times are measured with
   * @return a new quota with nothing observed yet
   * @throws NullPointerException if {@code clock} is null
   */
  static RequestQuota inMemory(Clock clock) {
    return new InMemoryRequestQuota(clock);
  }

  /**
   * What one response's rate-limit headers said.
   *
   * @param remaining requests left in the current window (0 or less: used up)
   * @param reset time until the window resets, never negative
   * @param limit the window's quota ({@code RateLimit-Policy} {@code q}), when the platform said
   * @param window the window's length ({@code RateLimit-Policy} {@code w}), when the platform said
   */
  record Observation(long remaining, Duration reset, OptionalLong limit, Optional<Duration> window) {

    /**
     * Validates the components.
     *
     * @param remaining requests left in the window
     * @param reset time until the window resets; not negative
     * @param limit the window's quota, or empty
     * @param window the window's length, or empty; positive when present
     * @throws NullPointerException if an object component is null
     * @throws IllegalArgumentException if {@code reset} is negative or {@code window} not positive
     */
    public Observation {
      Objects.requireNonNull(reset, "reset");
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(window, "window");
      if (reset.isNegative()) {
        throw new IllegalArgumentException("reset must not be negative");
      }
      if (window.isPresent() && (window.get().isNegative() || window.get().isZero())) {
        throw new IllegalArgumentException("window must be positive");
      }
    }

    /**
     * Whether the quota is used up until {@link #reset()}.
     *
     * @return true if {@link #remaining()} is 0 or less
     */
    public boolean exhausted() {
      return remaining <= 0;
    }
  }
}
