package io.cityservices.core.internal.resilience;

import io.cityservices.core.internal.async.Futures;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Coalesces identical concurrent requests: while a call for a key is in flight, further calls for
 * the same key share its result instead of sending their own. Once the call completes, normally or
 * exceptionally, the key is forgotten and the next call sends a new request; nothing is cached.
 *
 * <p>All callers of one flight receive the same result object, so results must be immutable (or at
 * least never mutated by callers). Each caller gets its own dependent future: cancelling or
 * completing it affects neither the shared call nor the other callers.
 *
 * <p>Thread-safe and lock-free. Keys must have proper {@code equals}/{@code hashCode}; the map
 * holds only keys currently in flight.
 *
 * @param <K> the request key, e.g. method and URL
 * @param <V> the result type
 */
public final class SingleFlight<K, V> {

  private final ConcurrentMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

  /**
   * Runs {@code call} for {@code key} unless a call for an equal key is already in flight, in which
   * case its result is shared. {@code call} runs on the calling thread of the first caller and
   * should only start the asynchronous work.
   *
   * @param key the request key
   * @param call starts the request; invoked at most once per flight
   * @return a future completing with the flight's result or failure (a {@code call} that throws or
   *     returns null fails the flight)
   * @throws NullPointerException if {@code key} or {@code call} is null
   */
  public CompletableFuture<V> execute(K key, Supplier<CompletableFuture<V>> call) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(call, "call");
    CompletableFuture<V> flight = new CompletableFuture<>();
    CompletableFuture<V> existing = inFlight.putIfAbsent(key, flight);
    if (existing != null) {
      return existing.copy();
    }
    try {
      CompletableFuture<V> started = Objects.requireNonNull(call.get(), "call returned null");
      Futures.onComplete(
          started,
          flight,
          (value, failure) -> {
            // Forget the key before completing, so a caller reacting to the result starts afresh.
            inFlight.remove(key, flight);
            if (failure != null) {
              flight.completeExceptionally(failure);
            } else {
              flight.complete(value);
            }
          });
    } catch (RuntimeException e) {
      inFlight.remove(key, flight);
      flight.completeExceptionally(e);
    }
    return flight.copy();
  }

  /** How many keys are in flight, for metrics and tests. */
  public int inFlight() {
    return inFlight.size();
  }
}
