package io.cityservices.core.internal.auth;

import io.cityservices.core.auth.AuthorizationRequest;
import io.cityservices.core.auth.CitizenAuthorization;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.auth.pkce.Pkce;
import io.cityservices.core.auth.pkce.PkcePair;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.error.ValidationException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** {@link CitizenAuthorization} against the platform's authorisation and token endpoints. */
public final class PkceCitizenAuthorization implements CitizenAuthorization {

  private final TokenEndpoint tokens;
  private final String authorizeUrl;
  private final String clientId;
  private final SecureRandom random = new SecureRandom();
  private final Pkce pkce = new Pkce(random);

  public PkceCitizenAuthorization(TokenEndpoint tokens, String baseUrl, String clientId) {
    this.tokens = tokens;
    this.authorizeUrl = baseUrl + "/v1/oauth2/authorize";
    this.clientId = clientId;
  }

  @Override
  public AuthorizationRequest start(URI redirectUri, String scope) {
    PkcePair pair = pkce.generate();
    byte[] stateBytes = new byte[16];
    random.nextBytes(stateBytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(stateBytes);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId);
    query.put("redirect_uri", redirectUri.toString());
    if (scope != null && !scope.isBlank()) {
      query.put("scope", scope);
    }
    query.put("state", state);
    query.put("code_challenge", pair.challenge());
    query.put("code_challenge_method", pair.method());
    String url =
        authorizeUrl
            + "?"
            + query.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    return new AuthorizationRequest(URI.create(url), state, pair, redirectUri);
  }

  @Override
  public CitizenToken exchange(AuthorizationRequest request, String code, String returnedState) {
    if (returnedState == null
        || !MessageDigest.isEqual(
            request.state().getBytes(StandardCharsets.US_ASCII),
            returnedState.getBytes(StandardCharsets.US_ASCII))) {
      throw ValidationException.of("state", "does not match the state the flow was started with");
    }
    if (code == null || code.isBlank()) {
      throw ValidationException.of("code", "must not be blank");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", request.redirectUri().toString());
    form.put("code_verifier", request.pkce().verifier());
    return citizenToken(form, null);
  }

  @Override
  public CitizenToken refresh(CitizenToken token) {
    if (token.refreshToken() == null) {
      throw new IllegalArgumentException("the citizen token has no refresh token");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", token.refreshToken());
    return citizenToken(form, token);
  }

  private CitizenToken citizenToken(Map<String, String> form, @Nullable CitizenToken previous) {
    TokenResponse r = tokens.citizenGrant(form);
    String citizenId =
        r.citizenId() != null ? r.citizenId() : previous == null ? null : previous.citizenId();
    if (citizenId == null) {
      throw new AuthenticationException(
          "The token endpoint did not say which citizen the token is for",
          200, "invalid_token_response", null, null, null);
    }
    String refreshToken =
        r.refreshToken() != null ? r.refreshToken() : previous == null ? null : previous.refreshToken();
    // TokenEndpoint.citizenGrant refused an answer without an access token.
    String accessToken = Objects.requireNonNull(r.accessToken(), "access_token");
    return new CitizenToken(citizenId, accessToken, refreshToken, tokens.expiry(r), r.scope());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
