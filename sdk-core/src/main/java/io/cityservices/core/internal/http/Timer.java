package io.cityservices.core.internal.http;

import io.cityservices.core.error.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Timed waits of calls (retry back-off, a rate-limit reset) as futures: the scheduler's one thread
 * only times them. A wait ends early when its call is cancelled, and {@link #close()} fails every
 * pending wait, so no call is left waiting on a client that was closed.
 */
final class Timer {

  private final ScheduledExecutorService scheduler;
  private final Set<CompletableFuture<Void>> waiting = ConcurrentHashMap.newKeySet();

  Timer(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /** Completes after {@code wait}; at once when {@code wait} is zero. */
  // CompletableFuture keeps Object's identity equality, which is what the waiting set needs.
  @SuppressWarnings("CollectionUndefinedEquality")
  CompletableFuture<Void> after(Duration wait, CallContext call) {
    if (wait.isZero() || wait.isNegative()) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    // Registered before scheduling, so that close() either sees it or the scheduler refuses it.
    waiting.add(done);
    // The bookkeeping callbacks below cannot throw; the stages they return repeat done's outcome.
    Object unusedForget = done.whenComplete((v, t) -> waiting.remove(done));
    try {
      var task = scheduler.schedule(() -> done.complete(null), wait.toNanos(), TimeUnit.NANOSECONDS);
      Object unusedUnschedule = done.whenComplete((v, t) -> task.cancel(false));
      call.onCancel(() -> done.cancel(false));
    } catch (RejectedExecutionException e) {
      closed(done, e);
    }
    return done;
  }

  void close() {
    for (CompletableFuture<Void> pending : List.copyOf(waiting)) {
      closed(pending, new RejectedExecutionException("client closed"));
    }
  }

  private static void closed(CompletableFuture<?> pending, RejectedExecutionException e) {
    pending.completeExceptionally(
        new TransportException(
            "The client was closed while the call waited to retry", 0, "client_closed", null,
            null, e));
  }
}
