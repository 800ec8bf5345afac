package io.cityservices.core.internal.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bounded, shared HTTP cache for public reference data (catalog, hospitals, stations...),
 * following the parts of RFC 9111 that such data needs: freshness from {@code Cache-Control:
 * max-age} minus the {@code Age} header, revalidation with the {@code ETag}, and no storage of
 * {@code no-store} or {@code private} responses (this cache is shared by every user of an entry
 * object). {@code no-cache} responses are stored but revalidated before each use. Responses without
 * {@code max-age} get no heuristic freshness: they are stored only if they have an {@code ETag}, to
 * be revalidated. {@code Expires}, {@code Vary} and {@code s-maxage} are not considered, so only
 * cache responses whose key captures everything they vary on.
 *
 * <p>When full, the least recently used entry is evicted. Values are shared between callers and
 * must be immutable.
 *
 * <p>Thread-safe: every operation holds the cache's lock briefly.
 *
 * @param <V> the cached value type (e.g. the response body bytes and headers, or a decoded object)
 */
public final class ResponseCache<V> {

  /** Default maximum number of entries. */
  public static final int DEFAULT_MAX_ENTRIES = 1_000;

  private final Clock clock;
  private final Map<String, Entry<V>> entries;

  /**
   * Creates an empty cache of at most {@value #DEFAULT_MAX_ENTRIES} entries.
   *
   * @param clock the clock freshness is measured with
   * @throws NullPointerException if {@code clock} is null
   */
  public ResponseCache(Clock clock) {
    this(DEFAULT_MAX_ENTRIES, clock);
  }

  /**
   * Creates an empty cache.
   *
   * @param maxEntries the most entries kept; the least recently used is evicted beyond that
   * @param clock the clock freshness is measured with
   * @throws IllegalArgumentException if {@code maxEntries < 1}
   * @throws NullPointerException if {@code clock} is null
   */
  public ResponseCache(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    // Access order makes iteration order least-recently-used first, for eviction.
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
            return size() > maxEntries;
          }
        };
  }

  /**
   * Stores a 200 response if its headers allow, replacing any previous entry for {@code key}.
   *
   * @param key the cache key, e.g. the request URL
   * @param value the response as the caller wants it back
   * @param headers looks up a response header by name, case-insensitively, null when absent
   * @return true if stored; false if the response may not or need not be stored (no-store, private,
   *     or neither freshness nor an ETag), in which case any previous entry is removed
   * @throws NullPointerException if an argument is null
   */
  public boolean store(String key, V value, Function<String, String> headers) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    CacheControl cc = CacheControl.parse(headers.apply("Cache-Control"));
    String etag = headers.apply("ETag");
    Duration lifetime = lifetime(cc, headers.apply("Age"));
    synchronized (entries) {
      if (cc.noStore() || cc.isPrivate() || (lifetime.isZero() && etag == null)) {
        entries.remove(key);
        return false;
      }
      entries.put(key, new Entry<>(value, etag, clock.instant().plus(lifetime), lifetime));
      return true;
    }
  }

  /**
   * Looks up {@code key}: fresh, stale with an ETag to revalidate, or a miss. A stale entry without
   * an ETag cannot be revalidated and is dropped.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public CacheLookup<V> lookup(String key) {
    Objects.requireNonNull(key, "key");
    synchronized (entries) {
      Entry<V> entry = entries.get(key);
      if (entry == null) {
        return new CacheLookup.Miss<>();
      }
      if (clock.instant().isBefore(entry.expiresAt())) {
        return new CacheLookup.Fresh<>(entry.value());
      }
      if (entry.etag() != null) {
        return new CacheLookup.Stale<>(entry.value(), entry.etag());
      }
      entries.remove(key);
      return new CacheLookup.Miss<>();
    }
  }

  /**
   * Handles a 304 Not Modified for {@code key}: the stored value is still valid, so its freshness
   * is renewed, from the 304's {@code Cache-Control} and {@code Age} when it sends them, else with
   * the entry's previous lifetime. A new {@code ETag} on the 304 replaces the stored one. If the
   * 304 says {@code no-store} or {@code private} the entry is removed (the value is still returned
   * for this response).
   *
   * @param key the cache key
   * @param headers looks up a header of the 304 response by name, null when absent
   * @return the stored value to use as the response, or empty if it was evicted meanwhile (the
   *     caller must then repeat the request unconditionally)
   * @throws NullPointerException if an argument is null
   */
  public Optional<V> refresh(String key, Function<String, String> headers) {
    Objects.requireNonNull(key, "key");
    String cacheControl = headers.apply("Cache-Control");
    CacheControl cc = CacheControl.parse(cacheControl);
    String newEtag = headers.apply("ETag");
    synchronized (entries) {
      Entry<V> entry = entries.get(key);
      if (entry == null) {
        return Optional.empty();
      }
      if (cc.noStore() || cc.isPrivate()) {
        entries.remove(key);
        return Optional.of(entry.value());
      }
      Duration lifetime =
          cacheControl == null ? entry.lifetime() : lifetime(cc, headers.apply("Age"));
      String etag = newEtag != null ? newEtag : entry.etag();
      entries.put(key, new Entry<>(entry.value(), etag, clock.instant().plus(lifetime), lifetime));
      return Optional.of(entry.value());
    }
  }

  /** Removes the entry for {@code key}, if any (e.g. after a write to the resource). */
  public void invalidate(String key) {
    synchronized (entries) {
      entries.remove(key);
    }
  }

  /** The number of entries, for metrics. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  // Freshness lifetime left: max-age minus the time the response already spent in upstream caches.
  private static Duration lifetime(CacheControl cc, String ageHeader) {
    if (cc.noCache() || cc.maxAge().isEmpty()) {
      return Duration.ZERO;
    }
    Duration left = cc.maxAge().get().minus(age(ageHeader));
    return left.isNegative() ? Duration.ZERO : left;
  }

  // Age is delta-seconds (RFC 9111 §5.1); a missing or malformed value counts as zero.
  private static Duration age(String ageHeader) {
    if (ageHeader == null) {
      return Duration.ZERO;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(ageHeader.trim())));
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }

  private record Entry<V>(V value, String etag, Instant expiresAt, Duration lifetime) {}
}
