package io.cityservices.core.auth;

import java.util.Optional;

/**
 * Where app access tokens are kept between calls. The default keeps them in memory per
 * {@code CityServices} instance; a cluster can share tokens through its own implementation (for
 * example on Redis) so that many nodes do not each fetch their own. Implementations are
 * thread-safe and must keep tokens confidential: they are credentials.
 */
public interface TokenStore {

  /** The token stored under {@code key}, if any (it may have expired: the caller checks). */
  Optional<AccessToken> get(TokenKey key);

  /** Stores {@code token} under {@code key}, replacing any earlier one. */
  void put(TokenKey key, AccessToken token);

  /** Removes the token under {@code key} if it is still {@code token}. */
  void remove(TokenKey key, AccessToken token);

  /**
   * What a token is stored under: the platform, the app and the scope it was granted for.
   *
   * @param baseUrl the platform base URL
   * @param clientId the app's client id
   * @param scope the requested scope, empty for the default
   */
  record TokenKey(String baseUrl, String clientId, String scope) {}
}
