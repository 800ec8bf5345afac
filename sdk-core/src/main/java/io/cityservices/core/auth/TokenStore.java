package io.cityservices.core.auth;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where app access tokens are kept between calls. The default keeps them in memory per
 * {@code CityServices} instance; a cluster can share tokens through its own implementation (for
 * example on Redis) so that many nodes do not each fetch their own. Implementations are
 * thread-safe and must keep tokens confidential: they are credentials.
 */
public interface TokenStore {

  /**
   * The token stored under {@code key}, if any (it may have expired: the caller checks).
   *
   * @param key the platform, app and scope the token was granted for
   * @return the stored token, or empty when none is stored
   */
  Optional<AccessToken> get(TokenKey key);

  /**
   * Stores {@code token} under {@code key}, replacing any earlier one.
   *
   * @param key the platform, app and scope the token was granted for
   * @param token the token just obtained
   */
  void put(TokenKey key, AccessToken token);

  /**
   * Removes the token under {@code key} if it is still {@code token}.
   *
   * @param key the platform, app and scope the token was granted for
   * @param token the token found to be rejected or expired; another token stored meanwhile is kept
   */
  void remove(TokenKey key, AccessToken token);

  /**
   * Obtains the token that replaces {@code previous}. The default starts {@code fetch}, a token
   * request. A store shared by many processes may instead return a token another process already
   * stored, and let one process at a time fetch, so that however many processes share it there is
   * one token request per refresh. The SDK calls this once at a time per key in a process, keeps
   * the result with {@link #put}, and bounds each caller's wait by its own deadline. Must not
   * block.
   *
   * @param key the platform, app and scope the token is for
   * @param previous the token being replaced, or null when this process holds none
   * @param fresh whether a token needs no replacement yet; only such a token may be returned
   *     instead of fetching
   * @param fetch starts a token request
   * @return the replacement, or the failure of the token request
   */
  default CompletableFuture<AccessToken> replace(
      TokenKey key,
      AccessToken previous,
      Predicate<AccessToken> fresh,
      Supplier<CompletableFuture<AccessToken>> fetch) {
    return fetch.get();
  }

  /**
   * What a token is stored under: the platform, the app and the scope it was granted for.
   *
   * @param baseUrl the platform base URL
   * @param clientId the app's client id
   * @param scope the requested scope, empty for the default
   */
  record TokenKey(String baseUrl, String clientId, String scope) {}
}
