package io.cityservices.testkit;

import io.cityservices.core.auth.pkce.Pkce;
import io.cityservices.core.auth.pkce.PkcePair;
import io.cityservices.testkit.contract.OpenApiContract;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The sandbox's core responses must match sdk-core's core.yaml, as the SDK is held to it too. */
@CitySandboxTest
class CoreContractTest {
  private static final OpenApiContract CORE = OpenApiContract.of(OpenApiContract.CORE);

  CitySandbox sandbox;
  private final OkHttpClient http = TestClient.http();

  @Test
  void tokenResponsesMatch() {
    Request appToken = TestClient.tokenRequest(sandbox, sandbox.defaultApp(), Map.of("grant_type", "client_credentials"));
    check(http, appToken);

    PkcePair pkce = new Pkce().generate();
    String code = sandbox.authorize("c-310000-001", sandbox.defaultApp().clientId(), "https://app.example/cb", pkce.challenge());
    check(http, TestClient.tokenRequest(sandbox, sandbox.defaultApp(), Map.of("grant_type", "authorization_code",
        "code", code, "redirect_uri", "https://app.example/cb", "code_verifier", pkce.verifier())));
    check(http, TestClient.tokenRequest(sandbox, Map.of("grant_type", "client_credentials"))
        .header("Authorization", okhttp3.Credentials.basic(sandbox.defaultApp().clientId(), "wrong")).build());
  }

  @Test
  void authorizeRedirectMatches() {
    PkcePair pkce = new Pkce().generate();
    String url = sandbox.baseUrl() + "/v1/oauth2/authorize?response_type=code&client_id=" + sandbox.defaultApp().clientId()
        + "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=s1&code_challenge=" + pkce.challenge()
        + "&code_challenge_method=S256&login_hint=c-310000-001";
    check(http.newBuilder().followRedirects(false).build(), new Request.Builder().url(url).build());
  }

  @Test
  void keysAndCatalogAndProblemsMatch() {
    check(http, new Request.Builder().url(sandbox.baseUrl() + "/v1/keys").build());
    TestClient client = TestClient.connect(sandbox);
    check(client.http, client.request(new TestClient.Options("GET", "/v1/catalog", null)));
    TestClient.Options stale = new TestClient.Options("GET", "/v1/catalog", null);
    stale.signingClock = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(-10));
    check(client.http, client.request(stale));
  }

  private static void check(OkHttpClient http, Request request) {
    TestClient.Reply reply = TestClient.call(http, request);
    Map<String, String> requestHeaders = new LinkedHashMap<>();
    request.headers().names().forEach(n -> requestHeaders.put(n, request.header(n)));
    String body = null;
    if (request.body() != null) {
      try (Buffer buffer = new Buffer()) {
        request.body().writeTo(buffer);
        body = buffer.readString(StandardCharsets.UTF_8);
        requestHeaders.put("Content-Type", request.body().contentType().toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    String target = request.url().encodedPath() + (request.url().encodedQuery() == null ? "" : "?" + request.url().encodedQuery());
    CORE.assertValid(request.method(), target, requestHeaders, body, reply.status(), reply.headers(), reply.text());
  }
}
