package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.internal.signing.MessageVerifier;
import io.cityservices.core.internal.signing.VerifiedSignature;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignatureTest {
  private static CitySandbox sandbox;
  private static TestClient client;

  @BeforeAll
  static void start() {
    sandbox = CitySandbox.builder().module(new TestPaymentsModule()).build().start();
    client = TestClient.connect(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void signedRequestIsAcceptedAndResponseVerifies() {
    TestClient.Reply reply = client.post("/v1/cities/310000/utilities/echo", "{\"hello\":\"world\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.text()).isEqualTo("{\"hello\":\"world\"}");
    VerifiedSignature verified = client.verifySession(reply);
    assertThat(verified.algorithm().identifier()).isEqualTo("hmac-sha256");
    assertThat(verified.coveredComponents()).containsExactly("\"@status\"", "\"content-digest\"", "\"x-request-id\"");
  }

  @Test
  void unsignedRequestIsRejected() {
    TestClient.Options options = new TestClient.Options("GET", "/v1/catalog", null);
    options.sign = false;

    assertSignatureInvalid(client.send(options));
  }

  @Test
  void signatureOverAnotherTargetIsRejected() {
    TestClient.Options options = new TestClient.Options("GET", "/v1/cities/310000/traffic/ping", null);
    options.signedPath = "/v1/cities/330100/traffic/ping";

    assertSignatureInvalid(client.send(options));
  }

  @Test
  void tamperedBodyIsRejected() {
    TestClient.Options options = new TestClient.Options("POST", "/v1/cities/310000/utilities/echo", "{\"amount\":1}");
    options.sentBody = "{\"amount\":9}";

    assertSignatureInvalid(client.send(options));
  }

  @Test
  void wrongDigestIsRejectedEvenWhenSigned() {
    TestClient.Options options = new TestClient.Options("POST", "/v1/cities/310000/utilities/echo", "{\"amount\":1}");
    options.digestOverride = io.cityservices.core.internal.signing.ContentDigest.sha256("{\"amount\":2}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertSignatureInvalid(client.send(options));
  }

  @Test
  void signatureOlderThanFiveMinutesIsRejected() {
    TestClient.Options options = new TestClient.Options("GET", "/v1/catalog", null);
    options.signingClock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6));

    assertSignatureInvalid(client.send(options));
  }

  @Test
  void errorResponsesAreSignedToo() {
    TestClient.Options options = new TestClient.Options("GET", "/v1/catalog", null);
    options.sign = false;
    TestClient.Reply reply = client.send(options);

    assertThat(reply.status()).isEqualTo(401);
    client.verifySession(reply);
  }

  @Test
  void nonRepudiationRouteNeedsTheAppsOwnSignature() {
    String citizenToken = citizenToken();
    TestClient.Options withoutSig2 = payment(citizenToken, "{\"amount\":20000}");

    assertSignatureInvalid(client.send(withoutSig2));

    TestClient.Options withSig2 = payment(citizenToken, "{\"amount\":20000}");
    withSig2.sig2 = true;
    TestClient.Reply reply = client.send(withSig2);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
  }

  @Test
  void paymentResultsCarryPlatformSignatureVerifiableWithJwksAcrossRotation() {
    String citizenToken = citizenToken();
    TestClient.Reply before = client.send(signedPayment(citizenToken));
    String newKey = sandbox.rotatePlatformKey();
    TestClient.Reply after = client.send(signedPayment(citizenToken));

    TestClient.Reply keys = TestClient.call(client.http, new okhttp3.Request.Builder().url(sandbox.baseUrl() + "/v1/keys").build());
    assertThat(keys.status()).isEqualTo(200);
    assertThat(keys.header("Signature")).isNull();
    MessageVerifier platform = MessageVerifier.builder(Jwks.resolver(Jwks.parse(keys.text())))
        .label("sig2").requiredComponents("@status", "content-digest", "x-request-id").build();
    assertThat(Jwks.parse(keys.text())).containsKeys("platform-1", newKey);
    assertThat(platform.verifyWithDigest(before.components(), before.body()).keyId()).isEqualTo("platform-1");
    VerifiedSignature afterSig = platform.verifyWithDigest(after.components(), after.body());
    assertThat(afterSig.keyId()).isEqualTo(newKey);
    assertThat(afterSig.algorithm().identifier()).isEqualTo("rsa-pss-sha512");
    client.verifySession(after);
  }

  @Test
  void tamperedResponseFailsVerification() {
    TestClient.Reply reply = client.get("/v1/catalog");
    TestClient.Reply tampered = new TestClient.Reply(reply.status(), reply.headers(), "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThatThrownBy(() -> client.verifySession(tampered)).isInstanceOf(SignatureException.class);
  }

  private TestClient.Options signedPayment(String citizenToken) {
    TestClient.Options options = payment(citizenToken, "{\"amount\":100}");
    options.sig2 = true;
    return options;
  }

  private static TestClient.Options payment(String citizenToken, String body) {
    return new TestClient.Options("POST", "/v1/cities/310000/traffic/payments", body)
        .header("X-Citizen-Token", citizenToken)
        .header("Idempotency-Key", "\"" + UUID.randomUUID() + "\"");
  }

  static String citizenToken(CitySandbox sandbox, okhttp3.OkHttpClient http) {
    io.cityservices.core.auth.pkce.PkcePair pkce = new io.cityservices.core.auth.pkce.Pkce().generate();
    String code = sandbox.authorize("c-310000-001", sandbox.defaultApp().clientId(), "https://app.example/cb", pkce.challenge());
    TestClient.Reply reply = TestClient.call(http, TestClient.tokenRequest(sandbox, sandbox.defaultApp(), java.util.Map.of(
        "grant_type", "authorization_code", "code", code, "redirect_uri", "https://app.example/cb", "code_verifier", pkce.verifier())));
    return reply.json().get("access_token").asText();
  }

  private String citizenToken() {
    return citizenToken(sandbox, client.http);
  }

  private static void assertSignatureInvalid(TestClient.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(401);
    assertThat(reply.json().get("code").asText()).isEqualTo("signature_invalid");
  }
}
