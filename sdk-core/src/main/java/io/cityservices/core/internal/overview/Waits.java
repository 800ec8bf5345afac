package io.cityservices.core.internal.overview;

import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.resilience.Deadline;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** The deadline rules the overview and settling share: calls bounded by it, blocking waits on it. */
final class Waits {

  /** How long a blocking form waits beyond the deadline for the future's own timers to fire. */
  private static final Duration TIMER_SLACK = Duration.ofSeconds(1);

  private Waits() {}

  /**
   * Runs {@code call} so that its result is available by the deadline: a synchronous throw becomes
   * a failed future, and a late answer a {@link TimeoutException}. The timeout is set on a
   * dependent future, never on the callee's own, which the transport may share with other callers.
   */
  static <T> CompletableFuture<T> bounded(Supplier<? extends CompletableFuture<? extends T>> call, Deadline deadline) {
    CompletableFuture<? extends T> started;
    try {
      started = Objects.requireNonNull(call.get(), "the call returned no future");
    } catch (RuntimeException e) {
      started = CompletableFuture.failedFuture(e);
    }
    return started
        .<T>thenApply(value -> value)
        .orTimeout(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * The blocking form of an asynchronous operation that completes by {@code deadline} and fails
   * only with a {@link CityServicesException}: waits for it, a little beyond the deadline.
   */
  static <T> T await(CompletableFuture<T> future, Duration deadline, String what) {
    Duration wait = deadline.plus(TIMER_SLACK);
    try {
      return future.get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("Interrupted while waiting for " + what, 0, "interrupted", null, null, e);
    } catch (ExecutionException e) {
      if (SectionFailures.unwrap(e) instanceof CityServicesException known) {
        throw known;
      }
      throw new IllegalStateException(what + " failed unexpectedly", e.getCause());
    } catch (TimeoutException e) {
      throw new ApiTimeoutException(what + " did not complete within " + wait, 0, "timeout", null, null, e);
    }
  }
}
