package io.cityservices.core.auth;

import java.net.URI;

/**
 * Helps the app act for a citizen through the OAuth 2.0 authorisation-code flow with PKCE
 * (RFC 6749 section 4.1, RFC 7636 with S256): build the authorisation URL, exchange the code the
 * platform redirects back with for the citizen's {@link CitizenToken}, and refresh that token.
 * Obtained from {@code CityServices#citizenAuthorization()}; thread-safe.
 */
public interface CitizenAuthorization {

  /**
   * Starts a flow: a fresh state and PKCE pair, and the URL to send the citizen to. Sends nothing.
   *
   * @param redirectUri where the platform sends the citizen back with the code; must be registered
   * @param scope the permissions asked for, space-separated (for example {@code traffic utilities})
   * @return the flow's state, PKCE pair, redirect URI and the authorisation URL to open
   */
  AuthorizationRequest start(URI redirectUri, String scope);

  /**
   * Exchanges the code from the redirect for the citizen's token. Not idempotent: a code can be
   * used once.
   *
   * @param request the flow started with {@link #start}
   * @param code the {@code code} query parameter of the redirect
   * @param returnedState the {@code state} query parameter of the redirect
   * @return the citizen's token, with a refresh token when the platform issued one
   * @throws io.cityservices.core.error.ValidationException when the state does not match (a
   *     possible cross-site request forgery); nothing is sent
   * @throws io.cityservices.core.error.AuthenticationException when the platform refuses the code
   */
  CitizenToken exchange(AuthorizationRequest request, String code, String returnedState);

  /**
   * Obtains a new access token with the citizen's refresh token.
   *
   * @param token the citizen's current token, holding a refresh token
   * @return a new token; the platform may or may not rotate the refresh token
   * @throws IllegalArgumentException when the token has no refresh token
   * @throws io.cityservices.core.error.AuthenticationException when the platform refuses it (the
   *     citizen must authorise the app again)
   */
  CitizenToken refresh(CitizenToken token);
}
