package io.cityservices.testkit;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Idempotency keys per app: the first request with a key runs, later ones with the same key and the
 * same fingerprint get its stored response, and a different fingerprint or a still-running first
 * request is refused.
 */
final class IdempotencyStore {
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /**
   * Claims a key for a request.
   *
   * @return the stored response to replay, or {@code null} if the caller now owns the key and must run
   *     the handler then call {@link #complete} or {@link #release}
   * @throws SandboxProblem {@code idempotency_key_reused} or {@code idempotency_in_flight}
   */
  SandboxResponse claim(String clientId, String key, byte[] fingerprint) {
    String scoped = clientId + '\n' + key;
    Entry mine = new Entry(fingerprint, null);
    Entry existing = entries.putIfAbsent(scoped, mine);
    if (existing == null) {
      return null;
    }
    if (!Arrays.equals(existing.fingerprint(), fingerprint)) {
      throw SandboxProblem.idempotencyKeyReused();
    }
    if (existing.response() == null) {
      throw SandboxProblem.idempotencyInFlight();
    }
    return existing.response();
  }

  /** Stores the first response for a claimed key. */
  void complete(String clientId, String key, byte[] fingerprint, SandboxResponse response) {
    entries.put(clientId + '\n' + key, new Entry(fingerprint, response));
  }

  /** Gives a claimed key back (the handler failed), so a retry runs again. */
  void release(String clientId, String key) {
    entries.remove(clientId + '\n' + key);
  }

  void clear() {
    entries.clear();
  }

  // Private; the fingerprint is a digest this class makes and only compares, never hands out.
  @SuppressWarnings("ArrayRecordComponent")
  private record Entry(byte[] fingerprint, SandboxResponse response) {}
}
