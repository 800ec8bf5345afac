package io.cityservices.core.internal.auth;

import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.AccessTokenProvider;
import io.cityservices.core.auth.TokenStore;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.internal.async.Deadlines;
import io.cityservices.core.internal.async.Refreshable;
import io.cityservices.core.internal.resilience.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Keeps the app's token in a {@link TokenStore} and fetches a new one with the client-credentials
 * grant: in the background once it is within twice the refresh margin of its expiry, and as the
 * one request every caller waits for (each within its own deadline) once it is within the margin.
 */
public final class OAuthTokenProvider implements AccessTokenProvider {

  private final Refreshable<AccessToken> token;
  private final TokenStore store;
  private final TokenStore.TokenKey key;
  private final Duration blockingTimeout;

  /**
   * @param refreshMargin how long before expiry a token is no longer used, so that a token never
   *     expires while a call using it is in flight
   * @param blockingTimeout how long the blocking forms wait
   */
  public OAuthTokenProvider(
      TokenEndpoint endpoint,
      TokenStore store,
      TokenStore.TokenKey key,
      Clock clock,
      Duration refreshMargin,
      Duration blockingTimeout) {
    this.store = store;
    this.key = key;
    this.blockingTimeout = blockingTimeout;
    Predicate<AccessToken> fresh =
        t -> !t.expiresWithin(refreshMargin.multipliedBy(2), clock.instant());
    this.token =
        new Refreshable<>(
            previous ->
                store.replace(
                    key, previous, fresh, () -> endpoint.clientCredentialsAsync(key.scope())),
            t -> !t.expiresWithin(refreshMargin, clock.instant()),
            fresh,
            () -> store.get(key).orElse(null),
            t -> store.put(key, t));
  }

  /** A usable token, fetched if needed; waits asynchronously, no longer than {@code deadline}. */
  public CompletableFuture<AccessToken> tokenAsync(
      Deadline deadline, Supplier<? extends RuntimeException> onTimeout) {
    return token.get(deadline, onTimeout);
  }

  /**
   * Replaces {@code rejected}: one token request however many callers ask, none when another
   * caller already replaced it.
   */
  public CompletableFuture<AccessToken> refreshAsync(
      AccessToken rejected, Deadline deadline, Supplier<? extends RuntimeException> onTimeout) {
    store.remove(key, rejected);
    return token.refresh(rejected, deadline, onTimeout);
  }

  @Override
  public AccessToken token() {
    Deadline deadline = Deadline.after(blockingTimeout);
    return Deadlines.await(tokenAsync(deadline, () -> timeout(deadline)), "the app token");
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    Deadline deadline = Deadline.after(blockingTimeout);
    return Deadlines.await(
        refreshAsync(rejected, deadline, () -> timeout(deadline)), "a new app token");
  }

  private static RuntimeException timeout(Deadline deadline) {
    return new ApiTimeoutException(
        "No app token within " + deadline, 0, "deadline_exceeded", null, null, null);
  }
}
