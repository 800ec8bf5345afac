package io.cityservices.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A per-app fixed-window rate limit.
 *
 * @param limit requests allowed per window
 * @param window the window's length (whole seconds are advertised)
 */
public record RateLimit(int limit, Duration window) {
  /**
   * Checks the bounds.
   *
   * @param limit requests allowed per window, at least 1
   * @param window the window, at least one second
   * @throws IllegalArgumentException if either bound is not met
   */
  public RateLimit {
    Objects.requireNonNull(window, "window");
    if (limit < 1 || window.toSeconds() < 1) {
      throw new IllegalArgumentException("a rate limit needs limit >= 1 and a window of at least one second");
    }
  }

  /**
   * {@code limit} requests per {@code window}.
   *
   * @param limit requests allowed per window, at least 1
   * @param window the window, at least one second
   * @return the limit
   * @throws IllegalArgumentException if either bound is not met
   */
  public static RateLimit of(int limit, Duration window) {
    return new RateLimit(limit, window);
  }
}
