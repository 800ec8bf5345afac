package io.cityservices.testkit;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** Fixed-window per-app counting against the sandbox clock. */
final class RateLimiter {
  private final Clock clock;
  private final AtomicReference<RateLimit> limit;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(Clock clock, RateLimit initial) {
    this.clock = clock;
    this.limit = new AtomicReference<>(initial);
  }

  /** Switches limiting on ({@code rateLimit} non-null) or off, and starts fresh windows. */
  void configure(RateLimit rateLimit) {
    limit.set(rateLimit);
    windows.clear();
  }

  /** Counts one request of {@code clientId}; empty when limiting is off. */
  Decision take(String clientId) {
    RateLimit current = limit.get();
    if (current == null) {
      return null;
    }
    long windowMillis = current.window().toMillis();
    long now = clock.millis();
    long index = now / windowMillis;
    Window window = windows.compute(clientId, (k, w) -> w == null || w.index() != index ? new Window(index, 1) : new Window(index, w.count() + 1));
    long reset = Math.max(1, ((index + 1) * windowMillis - now + 999) / 1000);
    int remaining = Math.max(0, current.limit() - window.count());
    return new Decision(current, window.count() <= current.limit(), remaining, reset);
  }

  private record Window(long index, int count) {}

  /** The verdict for one request, and what the headers say. */
  record Decision(RateLimit limit, boolean allowed, int remaining, long resetSeconds) {
    String policyHeader() {
      return "\"default\";q=" + limit.limit() + ";w=" + limit.window().toSeconds();
    }

    String header() {
      return "\"default\";r=" + remaining + ";t=" + resetSeconds;
    }
  }
}
