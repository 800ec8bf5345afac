package io.cityservices.core.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default {@link EventDeduplicator}: ids in memory, each kept for the retention period (the
 * verifier's time tolerance, after which a replay fails the time check anyway) and at most {@code
 * maxEntries} of them, oldest dropped first. Thread-safe.
 */
public final class InMemoryEventDeduplicator implements EventDeduplicator {

  private final Clock clock;
  private final Duration retention;
  private final int maxEntries;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  /**
   * Makes an empty de-duplicator.
   *
   * @param clock the clock that ids' retention is measured with
   * @param retention how long an id is remembered after it was first seen
   * @param maxEntries the most ids kept at once, at least 1; the oldest is dropped beyond
   * @throws IllegalArgumentException if {@code maxEntries} is less than 1
   */
  public InMemoryEventDeduplicator(Clock clock, Duration retention, int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1");
    }
    this.clock = clock;
    this.retention = retention;
    this.maxEntries = maxEntries;
  }

  @Override
  public synchronized boolean firstSeen(String eventId, Instant created) {
    Instant now = clock.instant();
    evictExpired(now);
    if (seen.containsKey(eventId)) {
      return false;
    }
    seen.put(eventId, now.plus(retention));
    if (seen.size() > maxEntries) {
      Iterator<String> oldest = seen.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  private void evictExpired(Instant now) {
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext() && !it.next().getValue().isAfter(now)) {
      it.remove();
    }
  }
}
