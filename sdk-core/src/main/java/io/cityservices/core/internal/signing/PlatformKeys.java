package io.cityservices.core.internal.signing;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.internal.async.Deadlines;
import io.cityservices.core.internal.async.Refreshable;
import io.cityservices.core.internal.resilience.Deadline;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.signing.VerificationKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The platform's public keys (the JWKS at {@code GET /v1/keys}) that payment results and webhooks
 * are signed with. Fetched once on first use and kept; an unknown key id or a signature that fails
 * under the known keys (after a rotation) triggers a refetch, but at most once per {@code
 * minRefetchInterval}, so a flood of forged key ids cannot hammer the endpoint. A key set that
 * cannot be read (a key without {@code kid}, say) is a {@link SignatureException}. Thread-safe.
 */
public final class PlatformKeys {

  static final String KEY_SET_INVALID = "key_set_invalid";
  private static final Operation KEYS = Operation.publicRead("platformKeys", "platform", "/v1/keys");
  private static final ResponseType<JsonNode> JWKS = ResponseType.of(JsonNode.class);

  private final Refreshable<Map<String, VerificationKey>> keys;
  private final Clock clock;
  private final Duration minRefetchInterval;
  private final Duration blockingTimeout;
  private final AtomicReference<Instant> lastRefetch = new AtomicReference<>(Instant.MIN);

  /**
   * @param executor a pipeline that needs no app token (the key set is public)
   * @param blockingTimeout how long {@link #find(String)} (the webhook verifier's lookup) waits
   */
  public PlatformKeys(
      ApiExecutor executor, Clock clock, Duration minRefetchInterval, Duration blockingTimeout) {
    this.clock = clock;
    this.minRefetchInterval = minRefetchInterval;
    this.blockingTimeout = blockingTimeout;
    this.keys =
        Refreshable.inMemory(
            previous ->
                executor
                    .executeAsync(ApiRequest.of(KEYS).build(), RequestOptions.none(), JWKS)
                    .thenApply(PlatformKeys::parse),
            k -> true,
            k -> true);
  }

  /** The key with this id among those fetched so far; never fetches. */
  public Optional<VerificationKey> known(String keyId) {
    Map<String, VerificationKey> current = keys.current();
    return current == null ? Optional.empty() : Optional.ofNullable(current.get(keyId));
  }

  /** The key set, fetched on first use; waits no longer than {@code deadline}. */
  public CompletableFuture<Map<String, VerificationKey>> current(
      Deadline deadline, Supplier<? extends RuntimeException> onTimeout) {
    return keys.get(deadline, onTimeout);
  }

  /**
   * Replaces {@code rejected} (a set a signature failed under) with a newly fetched one, unless
   * another caller already did; completes with empty when the refetch interval forbids it.
   */
  public CompletableFuture<Optional<Map<String, VerificationKey>>> refetch(
      Map<String, VerificationKey> rejected,
      Deadline deadline,
      Supplier<? extends RuntimeException> onTimeout) {
    Map<String, VerificationKey> current = keys.current();
    if (current != null && current != rejected) {
      return CompletableFuture.completedFuture(Optional.of(current));
    }
    if (!mayRefetch()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return keys.refresh(rejected, deadline, onTimeout).thenApply(Optional::of);
  }

  /**
   * The key with this id, fetching the key set if it is unknown and a refetch is allowed. Blocks:
   * for the webhook verifier only, never on the request path.
   */
  public Optional<VerificationKey> find(String keyId) {
    Deadline deadline = Deadline.after(blockingTimeout);
    Supplier<RuntimeException> timeout =
        () ->
            new ApiTimeoutException(
                "No platform key set within " + blockingTimeout, 0, "deadline_exceeded", null,
                null, null);
    Map<String, VerificationKey> current =
        Deadlines.await(current(deadline, timeout), "the platform key set");
    if (!current.containsKey(keyId)) {
      current =
          Deadlines.await(refetch(current, deadline, timeout), "the platform key set")
              .orElse(current);
    }
    return Optional.ofNullable(current.get(keyId));
  }

  // Only refetches are rate-limited: the first one after a rotation goes through at once, a flood
  // of forged ids costs one request per interval.
  private boolean mayRefetch() {
    Instant now = clock.instant();
    // Starts at Instant.MIN and is only ever replaced by another instant.
    Instant last = Objects.requireNonNull(lastRefetch.get(), "lastRefetch");
    return !now.isBefore(last.plus(minRefetchInterval)) && lastRefetch.compareAndSet(last, now);
  }

  private static Map<String, VerificationKey> parse(JsonNode jwks) {
    try {
      return Jwks.parse(jwks.toString());
    } catch (RuntimeException e) {
      throw new SignatureException(
          "The platform's key set cannot be read: " + e.getMessage(), 0, KEY_SET_INVALID, null,
          null, e);
    }
  }
}
