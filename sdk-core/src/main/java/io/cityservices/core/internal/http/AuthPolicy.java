package io.cityservices.core.internal.http;

import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.AccessTokenProvider;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.error.ValidationException;
import java.time.Clock;

/**
 * Authenticates each attempt: the app's bearer token and, for operations acting for a citizen, the
 * citizen's token from the call's options. A citizen operation without a citizen, or with an
 * expired citizen token, fails before anything is sent. When the platform rejects the app token as
 * {@code invalid_token}, the token is refreshed and the call retried once, never in a loop.
 */
public final class AuthPolicy implements RequestPolicy {

  private final AccessTokenProvider tokens;
  private final Clock clock;

  /**
   * @param tokens the app's token provider, or null when the client has no credentials (then only
   *     the citizen token, if any, is sent)
   */
  public AuthPolicy(AccessTokenProvider tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public void onRequest(CallContext call, OutgoingRequest request) {
    if (call.operation().citizen()) {
      CitizenToken citizen = call.options().citizen();
      if (citizen == null) {
        throw ValidationException.of(
            "options.citizen",
            call.operation().name() + " acts for a citizen: pass RequestOptions.forCitizen(token)");
      }
      if (citizen.isExpired(clock.instant())) {
        throw new AuthenticationException(
            "The citizen's token has expired: refresh it with CitizenAuthorization.refresh",
            0,
            "citizen_token_expired",
            call.requestId(),
            null,
            null);
      }
      request.header("x-citizen-token", citizen.accessToken());
    }
    if (tokens != null) {
      AccessToken token = tokens.token();
      call.accessToken(token);
      request.header("authorization", "Bearer " + token.value());
    }
  }

  @Override
  public void onResponse(CallContext call, OutgoingRequest request, IncomingResponse response) {
    if (response.status() != 401) {
      return;
    }
    String challenge = response.header("www-authenticate");
    if (challenge != null
        && challenge.contains("invalid_token")
        && tokens != null
        && call.accessToken() != null
        && call.requestImmediateRetry()) {
      tokens.refresh(call.accessToken());
    }
  }
}
