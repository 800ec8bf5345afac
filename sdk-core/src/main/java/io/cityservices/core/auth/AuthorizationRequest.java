package io.cityservices.core.auth;

import io.cityservices.core.auth.pkce.PkcePair;
import java.net.URI;

/**
 * The start of the authorisation-code flow: send the citizen's browser to {@link #url()}, and keep
 * {@link #state()} and {@link #pkce()} (its verifier) in the citizen's session until the platform
 * redirects back, then call {@link CitizenAuthorization#exchange}. Immutable; {@link #toString()}
 * hides the verifier.
 *
 * @param url the platform's authorisation URL to redirect the citizen to
 * @param state the anti-CSRF value that must come back unchanged with the code
 * @param pkce the PKCE verifier and its S256 challenge (RFC 7636)
 * @param redirectUri the redirect URI the code will be delivered to
 */
public record AuthorizationRequest(URI url, String state, PkcePair pkce, URI redirectUri) {}
