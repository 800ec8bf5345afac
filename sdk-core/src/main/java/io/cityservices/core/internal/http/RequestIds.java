package io.cityservices.core.internal.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes request ids and idempotency keys. Request ids only need to be unique enough to find a
 * call in the logs, so they come from the cheap thread-local generator; idempotency keys decide
 * whether money moves twice, so they are random UUIDs from the secure generator.
 */
final class RequestIds {

  private RequestIds() {}

  static String newRequestId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  static String newIdempotencyKey() {
    return UUID.randomUUID().toString();
  }
}
