package io.cityservices.core.internal.async;

import io.cityservices.core.internal.resilience.Deadline;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value fetched once and kept: served while usable, replaced in the background once no longer
 * fresh, refetched on demand when the platform rejected it. At most one fetch runs at a time
 * (single flight); every caller waits for it asynchronously and no longer than its own deadline,
 * so a hanging fetch costs each caller its deadline, never a thread. Serves the app token, the
 * platform key set and the catalog. Thread-safe.
 *
 * @param <T> the value; compared by identity to tell a replacement from the rejected value
 */
public final class Refreshable<T> {

  private final Function<T, CompletableFuture<T>> fetch;
  private final Predicate<T> usable;
  private final Predicate<T> fresh;
  private final Supplier<T> read;
  private final Consumer<T> write;
  private final AtomicReference<CompletableFuture<T>> flight = new AtomicReference<>();

  /**
   * @param fetch starts fetching a new value, given the current one (or null); must not block
   * @param usable whether a value may still be served
   * @param fresh whether a usable value needs no background replacement yet
   * @param read reads the current value (or null) from where it is kept
   * @param write keeps a newly fetched value
   */
  public Refreshable(
      Function<T, CompletableFuture<T>> fetch,
      Predicate<T> usable,
      Predicate<T> fresh,
      Supplier<T> read,
      Consumer<T> write) {
    this.fetch = Objects.requireNonNull(fetch);
    this.usable = usable;
    this.fresh = fresh;
    this.read = read;
    this.write = write;
  }

  /** A value kept in memory by this object. */
  public static <T> Refreshable<T> inMemory(
      Function<T, CompletableFuture<T>> fetch, Predicate<T> usable, Predicate<T> fresh) {
    AtomicReference<T> value = new AtomicReference<>();
    return new Refreshable<>(fetch, usable, fresh, value::get, value::set);
  }

  /** The current value when usable, else null; never fetches. */
  public @Nullable T current() {
    T value = read.get();
    return value != null && usable.test(value) ? value : null;
  }

  /**
   * The current value, or the outcome of the fetch it waits for. A usable but stale value is
   * returned at once while one fetch replaces it in the background.
   */
  public CompletableFuture<T> get(Deadline deadline, Supplier<? extends RuntimeException> onTimeout) {
    T value = current();
    if (value != null) {
      if (!fresh.test(value)) {
        // Refreshed in the background: a failed fetch leaves the value as it is for the next get.
        Object unused = start(value);
      }
      return CompletableFuture.completedFuture(value);
    }
    return Deadlines.within(start(read.get()), deadline, onTimeout);
  }

  /**
   * Replaces {@code rejected}: returns the current value if another caller already replaced it,
   * else joins or starts a fetch.
   */
  public CompletableFuture<T> refresh(
      T rejected, Deadline deadline, Supplier<? extends RuntimeException> onTimeout) {
    T value = current();
    if (value != null && value != rejected) {
      return CompletableFuture.completedFuture(value);
    }
    return Deadlines.within(start(value), deadline, onTimeout);
  }

  private CompletableFuture<T> start(@Nullable T previous) {
    while (true) {
      CompletableFuture<T> running = flight.get();
      if (running != null) {
        return running;
      }
      CompletableFuture<T> mine = new CompletableFuture<>();
      if (flight.compareAndSet(null, mine)) {
        CompletableFuture<T> started;
        try {
          started = Objects.requireNonNull(fetch.apply(previous), "fetch returned null");
        } catch (RuntimeException e) {
          started = CompletableFuture.failedFuture(e);
        }
        Futures.onComplete(
            started,
            mine,
            (value, failure) -> {
              try {
                if (failure == null && value != null) {
                  write.accept(value);
                }
              } finally {
                // Forgotten before completing, so a waiter reacting to the outcome starts afresh.
                flight.compareAndSet(mine, null);
              }
              if (failure != null) {
                mine.completeExceptionally(Deadlines.unwrap(failure));
              } else {
                mine.complete(value);
              }
            });
        return mine;
      }
    }
  }
}
