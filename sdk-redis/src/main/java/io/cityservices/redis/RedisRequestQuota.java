package io.cityservices.redis;

import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RequestQuota;
import io.cityservices.redis.internal.RedisGuard;
import io.cityservices.redis.internal.RedisKeys;
import io.cityservices.redis.internal.Scripts;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RequestQuota} shared by every instance of one app connected to one Redis: the
 * platform's advertised {@code RateLimit-Policy} ({@code q} requests per window {@code w}) becomes
 * one token bucket per department in Redis, so that N instances together send no more than {@code
 * q} requests in any window, instead of N times as many.
 *
 * <p>Each request reserves a token in one Lua script (hash-tagged key, so it runs on Redis Cluster).
 * The bucket holds at most {@code max(1, q/10)} tokens and refills at {@code (q - max(1, q/10)) /
 * w}: a burst can never push a window past {@code q}, at the cost of about a tenth of the quota.
 * In {@link RateLimitMode#WAIT} mode a request waits for its token if that is within the caller's
 * deadline; in {@link RateLimitMode#FAIL_FAST} mode it fails at once when no token is left. Time is
 * Redis's own {@code TIME} unless a clock was given to {@link RedisSharing.Builder#quotaClock}.
 *
 * <p>What this instance saw (a response saying the quota is used up until a reset) still applies
 * first, as with the in-memory default. Until some response has advertised the policy, requests
 * are not metered. Fails open: when Redis fails or does not answer within its timeout (or the
 * caller's remaining time, if shorter), the request is sent as the in-memory quota decides. Obtain
 * it from {@link RedisSharing#requestQuota(String)}; thread-safe.
 */
public final class RedisRequestQuota implements RequestQuota {

  // The code RequestQuota promises for a request refused under the quota.
  private static final String EXHAUSTED_CODE = "rate_limit_exhausted";

  private final RedisAsyncCommands<String, String> redis;
  private final RedisGuard guard;
  private final RedisKeys keys;
  private final String clientId;
  // Null: Redis's own TIME.
  private final @Nullable Clock clock;
  private final RequestQuota local;
  private final ConcurrentMap<String, Policy> policies = new ConcurrentHashMap<>();

  /** The advertised quota of one department. */
  private record Policy(long limit, long windowMillis) {}

  RedisRequestQuota(
      RedisAsyncCommands<String, String> redis,
      RedisGuard guard,
      RedisKeys keys,
      String clientId,
      @Nullable Clock clock,
      RequestQuota local) {
    this.redis = redis;
    this.guard = guard;
    this.keys = keys;
    this.clientId = clientId;
    this.clock = clock;
    this.local = local;
  }

  /**
   * Reserves one request: first as this instance's own record allows, then from the shared bucket.
   * Not idempotent: each reservation uses one request of the shared quota.
   */
  @Override
  public CompletableFuture<Duration> acquire(
      String departmentKey, RateLimitMode mode, Duration maxWait) {
    Objects.requireNonNull(departmentKey, "departmentKey");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(maxWait, "maxWait");
    return local
        .acquire(departmentKey, mode, maxWait)
        .thenCompose(localWait -> shared(departmentKey, mode, maxWait, localWait));
  }

  /** Learns the advertised policy for the shared bucket, and keeps this instance's own record. */
  @Override
  public void observe(String departmentKey, Observation observation) {
    Objects.requireNonNull(departmentKey, "departmentKey");
    local.observe(departmentKey, observation);
    if (observation.limit().isPresent()
        && observation.limit().getAsLong() > 0
        && observation.window().isPresent()) {
      policies.put(
          departmentKey,
          new Policy(observation.limit().getAsLong(), observation.window().get().toMillis()));
    }
  }

  private CompletableFuture<Duration> shared(
      String departmentKey, RateLimitMode mode, Duration maxWait, Duration localWait) {
    if (!guard.usable()) {
      return CompletableFuture.completedFuture(localWait);
    }
    Duration left = maxWait.minus(localWait);
    long acceptedMillis = mode == RateLimitMode.FAIL_FAST ? 0 : Math.max(0, left.toMillis());
    Policy policy = policies.get(departmentKey);
    String[] args = {
      clock == null ? "" : Long.toString(clock.millis()),
      Long.toString(acceptedMillis),
      policy == null ? "" : Long.toString(policy.limit()),
      policy == null ? "" : Long.toString(policy.windowMillis())
    };
    return guard
        .<List<Object>>call(
            () ->
                redis.eval(
                    Scripts.QUOTA,
                    ScriptOutputType.MULTI,
                    new String[] {keys.quota(clientId, departmentKey)},
                    args),
            left)
        .handle(
            (reply, failure) -> {
              if (failure != null) {
                return localWait;
              }
              Duration wait = Duration.ofMillis(((Number) reply.get(1)).longValue());
              if (!Long.valueOf(1).equals(reply.get(0))) {
                throw exhausted(departmentKey, wait, mode);
              }
              return localWait.plus(wait);
            });
  }

  private static RateLimitedException exhausted(
      String departmentKey, Duration wait, RateLimitMode mode) {
    return new RateLimitedException(
        "The shared rate limit for "
            + departmentKey
            + " has no request left for "
            + wait
            + (mode == RateLimitMode.FAIL_FAST ? "" : ", beyond the call's deadline")
            + "; the request was not sent",
        0,
        EXHAUSTED_CODE,
        null,
        null,
        wait,
        null);
  }
}
