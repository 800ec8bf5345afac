package io.cityservices.core.internal.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.FormBody;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Speaks to {@code POST /v1/oauth2/token} for every grant the SDK uses, authenticating the app the
 * same way each time: a fresh {@code private_key_jwt} assertion in the form when the app has a key,
 * otherwise HTTP Basic (added by {@link ClientAuthenticationPolicy}).
 */
public final class TokenEndpoint {

  static final String PATH = "/v1/oauth2/token";
  private static final Operation TOKEN = Operation.action("requestToken", "platform", PATH);
  private static final ResponseType<TokenResponse> RESPONSE = ResponseType.of(TokenResponse.class);

  private final ApiExecutor executor;
  private final ObjectMapper mapper;
  private final AppCredentials credentials;
  private final String audience;
  private final Clock clock;

  /**
   * @param executor a pipeline without app-token authentication or request signing (there is no
   *     token or session key yet), with {@link ClientAuthenticationPolicy}
   */
  public TokenEndpoint(
      ApiExecutor executor,
      ObjectMapper mapper,
      AppCredentials credentials,
      String baseUrl,
      Clock clock) {
    this.executor = executor;
    this.mapper = mapper;
    this.credentials = credentials;
    this.audience = baseUrl + PATH;
    this.clock = clock;
  }

  /**
   * The client-credentials grant (RFC 6749 section 4.4): the app's own token and session key.
   * Never blocks; the request runs within the token endpoint call's own deadline.
   */
  public CompletableFuture<AccessToken> clientCredentialsAsync(String scope) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("scope", scope == null || scope.isEmpty() ? null : scope);
    return executor
        .executeAsync(tokenRequest(form), RequestOptions.none(), RESPONSE)
        .thenApply(r -> appToken(checked(r)));
  }

  private AccessToken appToken(TokenResponse r) {
    if (r.signingKeyId() == null || r.signingKey() == null) {
      // Without a session key nothing could be signed or verified: refuse rather than degrade.
      throw new AuthenticationException(
          "The token endpoint issued no session signing key", 200, "session_key_missing",
          null, null, null);
    }
    byte[] key;
    try {
      key = Base64.getUrlDecoder().decode(r.signingKey());
    } catch (IllegalArgumentException e) {
      throw new AuthenticationException(
          "The token endpoint issued a session key that is not base64url", 200,
          "invalid_token_response", null, null, e);
    }
    // checked(r) refused an answer without an access token.
    String accessToken = Objects.requireNonNull(r.accessToken(), "access_token");
    return new AccessToken(accessToken, expiry(r), r.scope(), r.signingKeyId(), key);
  }

  /** Runs a citizen grant (authorisation code or refresh token) and returns the raw answer. */
  TokenResponse citizenGrant(Map<String, String> form) {
    return checked(executor.execute(tokenRequest(form), RequestOptions.none(), RESPONSE));
  }

  Instant expiry(TokenResponse r) {
    long seconds = r.expiresIn() == null ? 0 : r.expiresIn();
    return clock.instant().plusSeconds(seconds);
  }

  private ApiRequest tokenRequest(Map<String, String> grant) {
    Map<String, String> form = new LinkedHashMap<>(grant);
    if (usesAssertion()) {
      form.put("client_id", credentials.clientId());
      form.put("client_assertion_type", ClientAssertion.TYPE);
      form.put(
          "client_assertion",
          ClientAssertion.create(
              mapper,
              credentials.clientId(),
              audience,
              // usesAssertion(): the credentials hold an app key.
              Objects.requireNonNull(credentials.appKey(), "appKey"),
              clock));
    }
    return ApiRequest.of(TOKEN).body(new FormBody(form)).build();
  }

  private static TokenResponse checked(TokenResponse r) {
    if (r == null || r.accessToken() == null || !"bearer".equalsIgnoreCase(r.tokenType())) {
      throw new AuthenticationException(
          "The token endpoint answered without a bearer token", 200, "invalid_token_response",
          null, null, null);
    }
    return r;
  }

  boolean usesAssertion() {
    return credentials.clientSecret() == null;
  }
}
