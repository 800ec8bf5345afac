package io.cityservices.core.internal.signing;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.signing.SignatureErrors;
import io.cityservices.core.signing.VerificationKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The platform's public keys (the JWKS at {@code GET /v1/keys}) that payment results and webhooks
 * are signed with. Fetched on first use and kept; an unknown key id (after a rotation) triggers a
 * refetch, but at most once per {@code minRefetchInterval}, so a flood of forged key ids cannot
 * hammer the endpoint. Thread-safe.
 */
public final class PlatformKeys {

  private static final Operation KEYS = Operation.publicRead("platformKeys", "platform", "/v1/keys");
  private static final ResponseType<JsonNode> JWKS = ResponseType.of(JsonNode.class);

  private final ApiExecutor executor;
  private final Clock clock;
  private final Duration minRefetchInterval;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Map<String, VerificationKey> keys;
  private volatile Instant lastRefetch = Instant.MIN;

  /**
   * @param executor a pipeline that needs no app token (the key set is public)
   */
  public PlatformKeys(ApiExecutor executor, Clock clock, Duration minRefetchInterval) {
    this.executor = executor;
    this.clock = clock;
    this.minRefetchInterval = minRefetchInterval;
  }

  /** The key with this id, fetching the key set if it is unknown and a refetch is allowed. */
  public Optional<VerificationKey> find(String keyId) {
    Map<String, VerificationKey> current = keys;
    if (current != null && current.containsKey(keyId)) {
      return Optional.of(current.get(keyId));
    }
    lock.lock();
    try {
      current = keys;
      if (current != null && current.containsKey(keyId)) {
        return Optional.of(current.get(keyId));
      }
      Instant now = clock.instant();
      if (current == null) {
        current = fetch();
        keys = current;
      } else if (!now.isBefore(lastRefetch.plus(minRefetchInterval))) {
        // Only refetches for unknown key ids are rate-limited: the first one after a rotation goes
        // through at once, a flood of forged ids costs one request per interval.
        lastRefetch = now;
        current = fetch();
        keys = current;
      }
      return Optional.ofNullable(current.get(keyId));
    } finally {
      lock.unlock();
    }
  }

  /**
   * @throws SignatureException ({@code key_unknown}) when the published key set is not a JWKS: no
   *     key from it can be trusted, and a caller sees the documented signature failure
   */
  private Map<String, VerificationKey> fetch() {
    JsonNode jwks = executor.execute(ApiRequest.of(KEYS).build(), RequestOptions.none(), JWKS);
    try {
      return Jwks.parse(jwks == null ? "null" : jwks.toString());
    } catch (IllegalArgumentException e) {
      throw new SignatureException("The platform's key set at /v1/keys is malformed: " + e.getMessage(), 0,
          SignatureErrors.KEY_UNKNOWN, null, null, e);
    }
  }
}
