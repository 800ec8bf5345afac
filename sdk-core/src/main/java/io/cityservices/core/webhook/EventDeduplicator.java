package io.cityservices.core.webhook;

import java.time.Instant;

/**
 * Remembers which event ids were already received, so a redelivered or replayed event is reported
 * as a duplicate ({@link WebhookEvent#isDuplicate()}). The default keeps ids in memory; a cluster
 * behind a load balancer shares them through its own implementation (for example a Redis
 * {@code SET NX} with an expiry). Implementations are thread-safe.
 */
public interface EventDeduplicator {

  /**
   * Records {@code eventId} and says whether it is new.
   *
   * @param eventId the event's id
   * @param created when the platform created it; ids need only be kept as long as an event of
   *     that age would still pass the verifier's time check
   * @return true the first time an id is seen, false for a duplicate
   */
  boolean firstSeen(String eventId, Instant created);
}
