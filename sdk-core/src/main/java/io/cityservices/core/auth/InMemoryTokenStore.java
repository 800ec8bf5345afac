package io.cityservices.core.auth;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The default {@link TokenStore}: a map in this process. Thread-safe. */
public final class InMemoryTokenStore implements TokenStore {

  private final ConcurrentMap<TokenKey, AccessToken> tokens = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryTokenStore() {}

  @Override
  public Optional<AccessToken> get(TokenKey key) {
    return Optional.ofNullable(tokens.get(key));
  }

  @Override
  public void put(TokenKey key, AccessToken token) {
    tokens.put(key, token);
  }

  @Override
  public void remove(TokenKey key, AccessToken token) {
    tokens.remove(key, token);
  }
}
