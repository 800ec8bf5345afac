package io.cityservices.core.auth;

/**
 * Supplies the app's current access token. The default implementation obtains tokens with the
 * OAuth 2.0 client-credentials grant, caches them in a {@link TokenStore} and refreshes them before
 * they expire. Implementations are thread-safe.
 */
public interface AccessTokenProvider {

  /**
   * A token valid for at least the provider's refresh margin, fetching one if needed. When many
   * threads ask at once and no valid token is cached, exactly one token request is made.
   *
   * @return a token valid for at least the refresh margin
   * @throws io.cityservices.core.error.AuthenticationException when the platform refuses the
   *     app's credentials
   */
  AccessToken token();

  /**
   * Discards {@code rejected} (which the platform answered with {@code invalid_token}) and returns
   * a fresh token; if another thread already replaced it, returns that replacement without another
   * request.
   *
   * @param rejected the token the platform refused
   * @return a token other than {@code rejected}
   */
  AccessToken refresh(AccessToken rejected);
}
