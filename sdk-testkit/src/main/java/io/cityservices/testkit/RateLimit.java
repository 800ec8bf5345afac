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
  public RateLimit {
    Objects.requireNonNull(window, "window");
    if (limit < 1 || window.toSeconds() < 1) {
      throw new IllegalArgumentException("a rate limit needs limit >= 1 and a window of at least one second");
    }
  }

  /** {@code limit} requests per {@code window}. */
  public static RateLimit of(int limit, Duration window) {
    return new RateLimit(limit, window);
  }
}
