package io.cityservices.redis;

import io.cityservices.core.webhook.EventDeduplicator;
import io.cityservices.core.webhook.InMemoryEventDeduplicator;
import io.cityservices.redis.internal.RedisGuard;
import io.cityservices.redis.internal.RedisKeys;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;

/**
 * An {@link EventDeduplicator} shared by every instance connected to one Redis: the first instance
 * to record an event id ({@code SET NX} with the retention window as expiry) processes it, and a
 * redelivery to any instance is a duplicate.
 *
 * <p>Ids are also kept in memory, so a redelivery to the same instance needs no Redis round trip.
 * Fails open: when Redis fails or does not answer within its timeout, only the in-memory record
 * decides, and Redis is asked again once its retry interval has passed. Obtain it from {@link
 * RedisSharing#eventDeduplicator(String)}; thread-safe.
 */
public final class RedisEventDeduplicator implements EventDeduplicator {

  private final RedisAsyncCommands<String, String> redis;
  private final RedisGuard guard;
  private final RedisKeys keys;
  private final String clientId;
  private final Duration retention;
  private final InMemoryEventDeduplicator memory;

  RedisEventDeduplicator(
      RedisAsyncCommands<String, String> redis,
      RedisGuard guard,
      RedisKeys keys,
      String clientId,
      Duration retention,
      InMemoryEventDeduplicator memory) {
    this.redis = redis;
    this.guard = guard;
    this.keys = keys;
    this.clientId = clientId;
    this.retention = retention;
    this.memory = memory;
  }

  /**
   * Records {@code eventId}: true only for the first instance to see it within the retention
   * window (or, while Redis is unavailable, the first time this instance sees it). Waits for Redis
   * no longer than its timeout.
   */
  @Override
  public boolean firstSeen(String eventId, Instant created) {
    if (!memory.firstSeen(eventId, created)) {
      return false;
    }
    if (!guard.usable()) {
      return true;
    }
    String key = keys.event(clientId, eventId);
    try {
      return "OK"
          .equals(
              guard
                  .call(() -> redis.set(key, "1", SetArgs.Builder.nx().px(retention.toMillis())))
                  .get());
    } catch (ExecutionException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
