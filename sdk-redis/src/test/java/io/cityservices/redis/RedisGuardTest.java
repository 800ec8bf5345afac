package io.cityservices.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.redis.internal.RedisGuard;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Redis left alone for the retry interval after a failure, with an injected clock. */
class RedisGuardTest {

  final AtomicLong now = new AtomicLong();
  final RedisGuard guard = new RedisGuard(Duration.ofMillis(50), Duration.ofSeconds(1), now::get);

  @Test
  void aFailureLeavesRedisAloneForTheRetryIntervalThenASuccessSharesAgain() {
    assertThat(guard.usable()).isTrue();

    assertThat(guard.call(() -> failed(new RedisException("down")))).isCompletedExceptionally();
    assertThat(guard.up()).isFalse();
    assertThat(guard.usable()).isFalse();

    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
    assertThat(guard.usable()).isFalse();
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
    assertThat(guard.usable()).isTrue();

    assertThat(guard.call(() -> done("OK")).join()).isEqualTo("OK");
    assertThat(guard.up()).isTrue();
  }

  @Test
  void aCommandSlowerThanTheTimeoutFailsAndMarksRedisDown() {
    CompletableFuture<String> slow = guard.call(() -> new Pending<>(new CompletableFuture<>()));

    assertThat(slow).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(TimeoutException.class);
    assertThat(guard.up()).isFalse();
  }

  @Test
  void aCommandThatThrowsIsAFailureNotAnException() {
    CompletableFuture<String> thrown = guard.call(() -> {
      throw new RedisException("rejected while disconnected");
    });

    assertThat(thrown).isCompletedExceptionally();
    assertThat(guard.up()).isFalse();
  }

  static <T> RedisFuture<T> done(T value) {
    return new Pending<>(CompletableFuture.completedFuture(value));
  }

  static <T> RedisFuture<T> failed(Throwable t) {
    return new Pending<>(CompletableFuture.failedFuture(t));
  }

  /** A RedisFuture over a plain future. */
  static final class Pending<T> extends CompletableFuture<T> implements RedisFuture<T> {
    Pending(CompletableFuture<T> source) {
      source.whenComplete((v, t) -> {
        if (t != null) {
          completeExceptionally(t instanceof CompletionException c ? c.getCause() : t);
        } else {
          complete(v);
        }
      });
    }

    @Override
    public String getError() {
      return null;
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) {
      return isDone();
    }
  }
}
