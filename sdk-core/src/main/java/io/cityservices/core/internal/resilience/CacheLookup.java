package io.cityservices.core.internal.resilience;

/**
 * The result of {@link ResponseCache#lookup(String)}: a fresh hit to use as is, a stale hit to
 * revalidate with {@code If-None-Match}, or a miss.
 *
 * @param <V> the cached value type
 */
public sealed interface CacheLookup<V>
    permits CacheLookup.Fresh, CacheLookup.Stale, CacheLookup.Miss {

  /**
   * A fresh entry: use {@code value} without contacting the server.
   *
   * @param value the cached value
   * @param <V> the cached value type
   */
  record Fresh<V>(V value) implements CacheLookup<V> {}

  /**
   * A stale entry with a validator: send the request with {@code If-None-Match: etag}; on 304 call
   * {@link ResponseCache#refresh} and use {@code value}, otherwise store the new response.
   *
   * @param value the cached value, to use if the server answers 304
   * @param etag the entity tag to send in {@code If-None-Match}
   * @param <V> the cached value type
   */
  record Stale<V>(V value, String etag) implements CacheLookup<V> {}

  /**
   * Nothing usable is cached: send the request unconditionally.
   *
   * @param <V> the cached value type
   */
  record Miss<V>() implements CacheLookup<V> {}
}
