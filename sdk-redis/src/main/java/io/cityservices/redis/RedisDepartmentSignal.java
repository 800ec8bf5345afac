package io.cityservices.redis;

import io.cityservices.core.resilience.CircuitBreakerState;
import io.cityservices.core.resilience.CircuitBreakerState;
import io.cityservices.core.resilience.DepartmentSignal;
import io.cityservices.redis.internal.RedisGuard;
import io.cityservices.redis.internal.RedisKeys;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A {@link DepartmentSignal} shared by every instance of one app connected to one Redis: when this
 * instance's breaker for a department opens, a key with a time to live says so in Redis, and every
 * other instance whose own breaker is closed fails fast until the key lapses or a breaker closes
 * again after successful half-open trials (which deletes it). Each instance whose breaker opened
 * still runs its own trials.
 *
 * <p>An instance asks Redis about a department at most once per check interval and answers from
 * memory in between, so the signal costs no Redis round trip per call. Fails open: when Redis fails
 * or is slow, the answer is "not open elsewhere" and the instance's own breaker decides. Obtain it
 * from {@link RedisSharing#departmentSignal(String)}; thread-safe.
 */
public final class RedisDepartmentSignal implements DepartmentSignal {

  private final RedisAsyncCommands<String, String> redis;
  private final RedisGuard guard;
  private final RedisKeys keys;
  private final String clientId;
  private final Duration ttl;
  private final long checkIntervalNanos;
  private final LongSupplier nanoTime;
  private final ConcurrentMap<String, Known> known = new ConcurrentHashMap<>();

  /** What Redis said about one department, and when it was asked (both in nanoTime). */
  private record Known(long checkedAt, long openUntil) {}

  RedisDepartmentSignal(
      RedisAsyncCommands<String, String> redis,
      RedisGuard guard,
      RedisKeys keys,
      String clientId,
      Duration ttl,
      Duration checkInterval,
      LongSupplier nanoTime) {
    this.redis = redis;
    this.guard = guard;
    this.keys = keys;
    this.clientId = clientId;
    this.ttl = ttl;
    this.checkIntervalNanos = checkInterval.toNanos();
    this.nanoTime = nanoTime;
  }

  /**
   * Whether another instance's breaker for {@code departmentKey} is open, from memory when Redis
   * was asked within the check interval, otherwise from Redis within its timeout and {@code
   * maxWait}. Never fails; false when Redis cannot answer.
   */
  @Override
  public CompletableFuture<Boolean> isOpenElsewhere(String departmentKey, Duration maxWait) {
    Objects.requireNonNull(departmentKey, "departmentKey");
    Objects.requireNonNull(maxWait, "maxWait");
    long now = nanoTime.getAsLong();
    Known last = known.get(departmentKey);
    if (last != null && now - last.checkedAt() < checkIntervalNanos) {
      return CompletableFuture.completedFuture(last.openUntil() - now > 0);
    }
    if (!guard.usable()) {
      return CompletableFuture.completedFuture(false);
    }
    return guard
        .call(() -> redis.pttl(keys.departmentOpen(clientId, departmentKey)), maxWait)
        .handle(
            (millis, failure) -> {
              if (failure != null) {
                return false;
              }
              long openUntil = millis > 0 ? now + Duration.ofMillis(millis).toNanos() : now;
              known.put(departmentKey, new Known(now, openUntil));
              return millis > 0;
            });
  }

  /**
   * Publishes this instance's breaker transitions: opening (again) sets the signal for the time to
   * live, closing deletes it. Returns at once; the Redis command is not awaited.
   */
  @Override
  public void onStateChange(String name, CircuitBreakerState from, CircuitBreakerState to) {
    if (to == CircuitBreakerState.HALF_OPEN || !guard.usable()) {
      return;
    }
    String key = keys.departmentOpen(clientId, name);
    // Not awaited (the guard records a failure); a listener must not block.
    if (to == CircuitBreakerState.OPEN) {
      Object unused = guard.call(() -> redis.set(key, "1", SetArgs.Builder.px(ttl.toMillis())));
    } else {
      known.remove(name);
      Object unused = guard.call(() -> redis.del(key));
    }
  }
}
