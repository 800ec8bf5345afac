package io.cityservices.redis.internal;

import io.lettuce.core.RedisFuture;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Redis is usable, and every Redis command bounded by a short timeout. After a failure
 * Redis is left alone until the retry interval has passed, so that an outage costs one timeout per
 * interval rather than one per call; a WARN is logged when Redis becomes unusable and when it is
 * usable again, never per command. Thread-safe.
 */
public final class RedisGuard {

  private static final Logger LOG = LoggerFactory.getLogger("io.cityservices.redis");

  private final Duration timeout;
  private final long retryIntervalNanos;
  private final LongSupplier nanoTime;
  private final AtomicBoolean up = new AtomicBoolean(true);
  private volatile long retryAt;

  public RedisGuard(Duration timeout, Duration retryInterval, LongSupplier nanoTime) {
    this.timeout = timeout;
    this.retryIntervalNanos = retryInterval.toNanos();
    this.nanoTime = nanoTime;
  }

  /** True when Redis may be tried: it is up, or its retry interval has passed. */
  public boolean usable() {
    return up.get() || nanoTime.getAsLong() - retryAt >= 0;
  }

  /** True while the last command succeeded. */
  public boolean up() {
    return up.get();
  }

  /**
   * Runs {@code command} within the timeout. The future fails when Redis fails or is too slow; the
   * outcome updates whether Redis is up.
   */
  public <T> CompletableFuture<T> call(Supplier<RedisFuture<T>> command) {
    return call(command, timeout);
  }

  /**
   * Like {@link #call(Supplier)}, but never longer than {@code callerLeft}, the time before the
   * caller's deadline. Running out of the caller's time says nothing about Redis: it does not mark
   * Redis unusable.
   */
  public <T> CompletableFuture<T> call(Supplier<RedisFuture<T>> command, Duration callerLeft) {
    boolean callerBound = callerLeft.compareTo(timeout) < 0;
    Duration bound = callerBound ? callerLeft : timeout;
    CompletableFuture<T> result;
    try {
      result = command.get().toCompletableFuture();
    } catch (RuntimeException e) {
      result = CompletableFuture.failedFuture(e);
    }
    return result
        .orTimeout(bound.toNanos(), TimeUnit.NANOSECONDS)
        .whenComplete(
            (value, failure) -> {
              if (failure == null) {
                succeeded();
              } else if (!(callerBound && failure instanceof TimeoutException)) {
                failed(failure);
              }
            });
  }

  private void succeeded() {
    if (up.compareAndSet(false, true)) {
      LOG.warn(
          "Redis is reachable again: tokens, webhook ids, quotas and breaker signals are shared"
              + " again");
    }
  }

  private void failed(Throwable failure) {
    retryAt = nanoTime.getAsLong() + retryIntervalNanos;
    if (up.compareAndSet(true, false)) {
      Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
      LOG.warn(
          "Redis is unavailable ({}): tokens, webhook ids, quotas and breaker signals are kept in"
              + " memory until it is back",
          cause.getClass().getSimpleName());
    }
  }
}
