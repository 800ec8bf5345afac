package io.cityservices.core.internal.async;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.internal.resilience.Deadline;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Waiting on futures: asynchronously within a deadline, or (in blocking forms only) by parking. */
public final class Deadlines {

  private Deadlines() {}

  /**
   * A future completing like {@code shared}, or with {@code onTimeout}'s exception once {@code
   * deadline} passes. {@code shared} itself is never completed or cancelled by this, so other
   * waiters of the same future keep their own deadlines. No thread waits meanwhile.
   */
  public static <T> CompletableFuture<T> within(
      CompletableFuture<T> shared, Deadline deadline, Supplier<? extends RuntimeException> onTimeout) {
    if (shared.isDone()) {
      return shared.copy();
    }
    long nanos = deadline.remaining().toNanos();
    if (nanos <= 0) {
      return CompletableFuture.failedFuture(onTimeout.get());
    }
    CompletableFuture<T> bounded = new CompletableFuture<>();
    Futures.onComplete(
        shared.copy().orTimeout(nanos, TimeUnit.NANOSECONDS),
        bounded,
        (value, failure) -> {
          if (failure == null) {
            bounded.complete(value);
          } else if (unwrap(failure) instanceof TimeoutException) {
            bounded.completeExceptionally(onTimeout.get());
          } else {
            bounded.completeExceptionally(unwrap(failure));
          }
        });
    return bounded;
  }

  /**
   * Waits for {@code future} in a blocking form: the failure is rethrown as it is (a
   * {@link CityServicesException}, or a {@link TransportException} around anything else); an
   * interrupt cancels the future and ends the wait.
   */
  public static <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(false);
      Thread.currentThread().interrupt();
      throw new TransportException(
          "Interrupted while waiting for " + what, 0, "interrupted", null, null, e);
    } catch (ExecutionException | CancellationException e) {
      throw asRuntime(e, what);
    }
  }

  /** The cause of a completion or execution wrapper, else {@code t} itself. */
  public static Throwable unwrap(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static RuntimeException asRuntime(Throwable t, String what) {
    Throwable cause = unwrap(t);
    if (cause instanceof RuntimeException r && !(cause instanceof CancellationException)) {
      return r;
    }
    return new TransportException(
        what + " failed: " + cause.getClass().getSimpleName(), 0, "transport_error", null, null,
        cause);
  }
}
