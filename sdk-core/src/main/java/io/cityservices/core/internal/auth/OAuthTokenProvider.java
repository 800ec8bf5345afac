package io.cityservices.core.internal.auth;

import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.AccessTokenProvider;
import io.cityservices.core.auth.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches the app's token in a {@link TokenStore} and fetches a new one with the client-credentials
 * grant shortly before it expires. A lock around the fetch makes concurrent callers that all find
 * the token stale wait for one request instead of each sending their own.
 */
public final class OAuthTokenProvider implements AccessTokenProvider {

  private final TokenEndpoint endpoint;
  private final TokenStore store;
  private final TokenStore.TokenKey key;
  private final Clock clock;
  private final Duration refreshMargin;
  private final ReentrantLock fetchLock = new ReentrantLock();

  /**
   * @param refreshMargin how long before expiry a token is replaced, so that a token never expires
   *     while a call using it is in flight
   */
  public OAuthTokenProvider(
      TokenEndpoint endpoint,
      TokenStore store,
      TokenStore.TokenKey key,
      Clock clock,
      Duration refreshMargin) {
    this.endpoint = endpoint;
    this.store = store;
    this.key = key;
    this.clock = clock;
    this.refreshMargin = refreshMargin;
  }

  @Override
  public AccessToken token() {
    AccessToken cached = store.get(key).orElse(null);
    if (isFresh(cached)) {
      return cached;
    }
    fetchLock.lock();
    try {
      cached = store.get(key).orElse(null);
      if (isFresh(cached)) {
        return cached;
      }
      return fetch();
    } finally {
      fetchLock.unlock();
    }
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    fetchLock.lock();
    try {
      AccessToken current = store.get(key).orElse(null);
      if (current != null && !current.equals(rejected) && isFresh(current)) {
        return current;
      }
      store.remove(key, rejected);
      return fetch();
    } finally {
      fetchLock.unlock();
    }
  }

  private AccessToken fetch() {
    AccessToken token = endpoint.clientCredentials(key.scope());
    store.put(key, token);
    return token;
  }

  private boolean isFresh(AccessToken token) {
    return token != null && !token.expiresWithin(refreshMargin, clock.instant());
  }
}
