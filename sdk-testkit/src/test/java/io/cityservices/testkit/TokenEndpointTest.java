package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.auth.pkce.Pkce;
import io.cityservices.core.auth.pkce.PkcePair;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

@CitySandboxTest
class TokenEndpointTest {
  CitySandbox sandbox;
  private final OkHttpClient http = TestClient.http();

  @Test
  void basicClientCredentialsIssuesTokenWithSessionKey() {
    TestClient.Reply reply = TestClient.call(http, TestClient.tokenRequest(sandbox, sandbox.defaultApp(),
        Map.of("grant_type", "client_credentials", "scope", "traffic")));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode json = reply.json();
    assertThat(json.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(json.get("expires_in").asLong()).isEqualTo(3600);
    assertThat(json.get("scope").asText()).isEqualTo("traffic");
    assertThat(json.get("token_kind").asText()).as("the discriminator of core.yaml's token response").isEqualTo("app");
    assertThat(json.get("signing_key_id").asText()).isNotBlank();
    assertThat(Base64.getUrlDecoder().decode(json.get("signing_key").asText())).hasSize(32);
    assertThat(json.get("signing_key").asText()).doesNotContain("=");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void wrongSecretIsInvalidClient() {
    SandboxApp app = sandbox.defaultApp();
    Request request = TestClient.tokenRequest(sandbox, Map.of("grant_type", "client_credentials"))
        .header("Authorization", okhttp3.Credentials.basic(app.clientId(), "wrong")).build();

    TestClient.Reply reply = TestClient.call(http, request);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("code").asText()).isEqualTo("invalid_client");
  }

  @Test
  void privateKeyJwtWithEd25519AndEcdsaKeys() {
    SandboxApp ecApp = sandbox.registerApp("ec-app-" + UUID.randomUUID(), SignatureAlgorithm.ECDSA_P256_SHA256);
    for (SandboxApp app : new SandboxApp[] {sandbox.defaultApp(), ecApp}) {
      TestClient.Reply reply = TestClient.call(http, assertionRequest(app, UUID.randomUUID().toString()));
      assertThat(reply.status()).as(app.toString()).isEqualTo(200);
      assertThat(reply.json().get("access_token").asText()).isNotBlank();
    }
  }

  @Test
  void replayedJtiIsRejected() {
    String jti = UUID.randomUUID().toString();
    assertThat(TestClient.call(http, assertionRequest(sandbox.defaultApp(), jti)).status()).isEqualTo(200);

    TestClient.Reply replay = TestClient.call(http, assertionRequest(sandbox.defaultApp(), jti));

    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.json().get("code").asText()).isEqualTo("invalid_client");
    assertThat(replay.json().get("detail").asText()).contains("jti");
  }

  @Test
  void assertionForAnotherAudienceIsRejected() {
    String jwt = ClientAssertions.create(sandbox.defaultApp(), "https://elsewhere/v1/oauth2/token",
        sandbox.clock().instant(), UUID.randomUUID().toString());
    Request request = TestClient.tokenRequest(sandbox, Map.of("grant_type", "client_credentials",
        "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", jwt)).build();

    assertThat(TestClient.call(http, request).status()).isEqualTo(401);
  }

  @Test
  void pkceAuthorizeExchangeAndRefresh() {
    SandboxApp app = sandbox.defaultApp();
    PkcePair pkce = new Pkce().generate();
    String citizenId = sandbox.seed().firstCitizen(CityCode.SHANGHAI).id();
    HttpUrl authorize = HttpUrl.get(sandbox.baseUrl() + "/v1/oauth2/authorize").newBuilder()
        .addQueryParameter("response_type", "code")
        .addQueryParameter("client_id", app.clientId())
        .addQueryParameter("redirect_uri", "https://app.example/callback")
        .addQueryParameter("scope", "traffic")
        .addQueryParameter("state", "xyz")
        .addQueryParameter("code_challenge", pkce.challenge())
        .addQueryParameter("code_challenge_method", "S256")
        .addQueryParameter("login_hint", citizenId)
        .build();
    OkHttpClient noRedirects = http.newBuilder().followRedirects(false).build();

    TestClient.Reply redirect = TestClient.call(noRedirects, new Request.Builder().url(authorize).build());

    assertThat(redirect.status()).isEqualTo(302);
    HttpUrl location = HttpUrl.get(redirect.header("Location"));
    assertThat(location.host()).isEqualTo("app.example");
    assertThat(location.queryParameter("state")).isEqualTo("xyz");

    JsonNode tokens = exchange(app, location.queryParameter("code"), pkce.verifier());
    assertThat(tokens.get("citizen_id").asText()).isEqualTo(citizenId);
    assertThat(tokens.get("token_kind").asText()).isEqualTo("citizen");
    assertThat(tokens.get("scope").asText()).isEqualTo("traffic");
    assertThat(tokens.get("refresh_token").asText()).isNotBlank();

    TestClient.Reply refreshed = TestClient.call(http, TestClient.tokenRequest(sandbox, app,
        Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token").asText())));
    assertThat(refreshed.status()).isEqualTo(200);
    assertThat(refreshed.json().get("access_token").asText()).isNotEqualTo(tokens.get("access_token").asText());

    TestClient.Reply reused = TestClient.call(http, TestClient.tokenRequest(sandbox, app,
        Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token").asText())));
    assertThat(reused.status()).isEqualTo(401);
  }

  @Test
  void wrongVerifierIsRejectedAndCodeIsSingleUse() {
    SandboxApp app = sandbox.defaultApp();
    PkcePair pkce = new Pkce().generate();
    String code = sandbox.authorize("c-330100-001", app.clientId(), "https://app.example/cb", pkce.challenge());

    TestClient.Reply wrong = TestClient.call(http, TestClient.tokenRequest(sandbox, app, Map.of(
        "grant_type", "authorization_code", "code", code, "redirect_uri", "https://app.example/cb",
        "code_verifier", new Pkce().generateVerifier())));

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("errors").get(0).get("field").asText()).isEqualTo("code_verifier");
    TestClient.Reply again = TestClient.call(http, TestClient.tokenRequest(sandbox, app, Map.of(
        "grant_type", "authorization_code", "code", code, "redirect_uri", "https://app.example/cb",
        "code_verifier", pkce.verifier())));
    assertThat(again.status()).isEqualTo(400);
  }

  @Test
  @CitySandboxTest
  void expiredAccessTokenIsInvalidTokenWithChallenge(CitySandbox fresh) {
    TestClient client = TestClient.connect(fresh);
    fresh.clock().advance(Duration.ofHours(1).plusSeconds(1));

    TestClient.Reply reply = client.get("/v1/catalog");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("code").asText()).isEqualTo("invalid_token");
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
  }

  private JsonNode exchange(SandboxApp app, String code, String verifier) {
    TestClient.Reply reply = TestClient.call(http, TestClient.tokenRequest(sandbox, app, Map.of(
        "grant_type", "authorization_code", "code", code, "redirect_uri", "https://app.example/callback",
        "code_verifier", verifier)));
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private Request assertionRequest(SandboxApp app, String jti) {
    String jwt = ClientAssertions.create(app, sandbox.baseUrl() + "/v1/oauth2/token", sandbox.clock().instant(), jti);
    return TestClient.tokenRequest(sandbox, Map.of("grant_type", "client_credentials",
        "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion", jwt)).build();
  }
}
