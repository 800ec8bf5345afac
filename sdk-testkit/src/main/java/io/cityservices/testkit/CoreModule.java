package io.cityservices.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.auth.pkce.Pkce;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's own routes: the OAuth token and authorisation endpoints, the platform's JWKS and the
 * service catalog.
 */
final class CoreModule implements SandboxModule {
  static final String TOKEN_PATH = "/v1/oauth2/token";

  private final Sessions sessions;
  private final ClientAuthenticator authenticator;
  private final Map<String, SandboxApp> apps;
  private final PlatformKeys platformKeys;
  private final Departments departments;

  CoreModule(Sessions sessions, ClientAuthenticator authenticator, Map<String, SandboxApp> apps, PlatformKeys platformKeys,
      Departments departments) {
    this.sessions = sessions;
    this.authenticator = authenticator;
    this.apps = apps;
    this.platformKeys = platformKeys;
    this.departments = departments;
  }

  @Override
  public String name() {
    return "core";
  }

  @Override
  public void register(SandboxContext context) {
    RouteFlags open = RouteFlags.DEFAULT.asOpen();
    String tokenUrl = context.baseUrl() + TOKEN_PATH;
    context.router().post(TOKEN_PATH, open, request -> token(request, tokenUrl, context.seed()));
    context.router().get("/v1/oauth2/authorize", open, request -> authorize(request, context.seed()));
    context.router().get("/v1/keys", open.withPublicCache(), request -> keys(context));
    context.router().get("/v1/catalog", RouteFlags.DEFAULT.withPublicCache(), request -> catalog(context.seed(), departments));
  }

  private SandboxResponse token(SandboxRequest request, String tokenUrl, SeedData seed) {
    Map<String, String> form = request.form();
    SandboxApp app = authenticator.authenticate(request, form, tokenUrl);
    String grantType = form.getOrDefault("grant_type", "");
    SandboxResponse response = switch (grantType) {
      case "client_credentials" -> appToken(app, appScope(form.get("scope")));
      case "authorization_code" -> exchangeCode(app, form, seed);
      case "refresh_token" -> refresh(app, form);
      default -> throw SandboxProblem.validation("grant_type",
          "must be client_credentials, authorization_code or refresh_token");
    };
    // RFC 6749 5.1: token responses must not be cached.
    return response.withHeader("Cache-Control", "no-store");
  }

  private String appScope(String requested) {
    if (requested == null || requested.isBlank()) {
      return departments.defaultAppScope();
    }
    departments.requireKnown(requested);
    return requested.trim();
  }

  private SandboxResponse appToken(SandboxApp app, String scope) {
    Sessions.AppSession session = sessions.issueApp(app.clientId(), scope);
    return SandboxResponse.ok(new AppTokenResponse("app", session.accessToken(), "Bearer",
        sessions.accessTokenLifetime().toSeconds(), scope, session.signingKeyId(), session.signingKeyBase64()));
  }

  private SandboxResponse exchangeCode(SandboxApp app, Map<String, String> form, SeedData seed) {
    String verifier = required(form, "code_verifier");
    Sessions.AuthCode code = sessions.redeemCode(required(form, "code"))
        .filter(c -> c.clientId().equals(app.clientId()))
        .orElseThrow(() -> SandboxProblem.validation("code", "is unknown, expired, used or issued to another client"));
    if (!code.redirectUri().equals(form.get("redirect_uri"))) {
      throw SandboxProblem.validation("redirect_uri", "must equal the redirect_uri of the authorisation request");
    }
    byte[] expected = code.codeChallenge().getBytes(StandardCharsets.US_ASCII);
    byte[] actual = Pkce.challenge(verifier).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw SandboxProblem.validation("code_verifier", "does not match the code_challenge (S256)");
    }
    if (seed.citizen(code.citizenId()).isEmpty()) {
      throw SandboxProblem.notFound("no such citizen");
    }
    return citizenToken(sessions.issueCitizen(code.citizenId(), app.clientId(), code.scope()));
  }

  private SandboxResponse refresh(SandboxApp app, Map<String, String> form) {
    Sessions.CitizenSession previous = sessions.redeemRefresh(required(form, "refresh_token"))
        .filter(s -> s.clientId().equals(app.clientId()))
        .orElseThrow(() -> SandboxProblem.invalidToken("the refresh token is unknown, used or issued to another client"));
    return citizenToken(sessions.issueCitizen(previous.citizenId(), app.clientId(), previous.scope()));
  }

  private static SandboxResponse citizenToken(Sessions.CitizenSession session) {
    return SandboxResponse.ok(new CitizenTokenResponse("citizen", session.accessToken(), "Bearer",
        Sessions.CITIZEN_TOKEN_LIFETIME.toSeconds(), session.refreshToken(), session.scope(), session.citizenId()));
  }

  /** Auto-consent: the sandbox has no browser, so the citizen named by login_hint always agrees. */
  private SandboxResponse authorize(SandboxRequest request, SeedData seed) {
    Optional<String> responseType = request.query("response_type");
    if (!responseType.equals(Optional.of("code"))) {
      throw SandboxProblem.validation("response_type", "must be code");
    }
    if (!request.query("code_challenge_method").equals(Optional.of(Pkce.S256))) {
      throw SandboxProblem.validation("code_challenge_method", "must be S256");
    }
    String redirectUri = request.query("redirect_uri")
        .orElseThrow(() -> SandboxProblem.validation("redirect_uri", "is required"));
    String code = issueCode(seed, request.query("login_hint").orElse(""), request.query("client_id").orElse(""),
        redirectUri, request.query("code_challenge").orElse(""), request.query("scope").orElse(null));
    StringBuilder location = new StringBuilder(redirectUri)
        .append(redirectUri.contains("?") ? '&' : '?').append("code=").append(encode(code));
    request.query("state").ifPresent(state -> location.append("&state=").append(encode(state)));
    return SandboxResponse.redirect(location.toString()).withHeader("Cache-Control", "no-store");
  }

  /**
   * Issues an authorisation code as if the citizen had consented.
   *
   * @throws SandboxProblem if the client or citizen is unknown or the challenge is missing
   */
  String issueCode(SeedData seed, String citizenId, String clientId, String redirectUri, String codeChallenge, String scope) {
    if (!apps.containsKey(clientId)) {
      throw SandboxProblem.invalidClient("client_id is unknown");
    }
    if (seed.citizen(citizenId).isEmpty()) {
      throw SandboxProblem.validation("login_hint", "must be the id of a seeded citizen");
    }
    if (codeChallenge == null || codeChallenge.isEmpty()) {
      throw SandboxProblem.validation("code_challenge", "is required");
    }
    if (scope != null) {
      departments.requireKnown(scope);
    }
    return sessions.issueCode(citizenId, clientId, redirectUri, codeChallenge, scope == null ? departments.defaultCitizenScope() : scope);
  }

  private SandboxResponse keys(SandboxContext context) {
    try {
      JsonNode jwks = context.mapper().readTree(platformKeys.jwks());
      return SandboxResponse.ok(jwks);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the signing library wrote an invalid JWKS", e);
    }
  }

  private static SandboxResponse catalog(SeedData seed, Departments departments) {
    List<CatalogCity> cities = seed.cities().stream()
        .map(c -> new CatalogCity(c.code().value(), c.name(), departments.offeredIn(c.code())))
        .toList();
    return SandboxResponse.ok(new Catalog(cities));
  }

  private static String required(Map<String, String> form, String field) {
    String value = form.get(field);
    if (value == null || value.isEmpty()) {
      throw SandboxProblem.validation(field, "is required");
    }
    return value;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  record AppTokenResponse(String tokenKind, String accessToken, String tokenType, long expiresIn, String scope, String signingKeyId, String signingKey) {}

  record CitizenTokenResponse(String tokenKind, String accessToken, String tokenType, long expiresIn, String refreshToken, String scope, String citizenId) {}

  record Catalog(List<CatalogCity> cities) {}

  record CatalogCity(String cityCode, String name, List<String> services) {}
}
