package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CitizenTokenTest {
  private static CitySandbox sandbox;
  private static TestClient client;

  @BeforeAll
  static void start() {
    sandbox = CitySandbox.builder().module(new TestPaymentsModule()).build().start();
    client = TestClient.connect(sandbox);
    sandbox.router().get("/v1/broken", RouteFlags.DEFAULT, r -> {
      throw new IllegalStateException("bug");
    });
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void citizenTokenReachesTheHandler() {
    String token = SignatureTest.citizenToken(sandbox, client.http);

    TestClient.Reply reply = client.send(new TestClient.Options("GET", "/v1/cities/310000/traffic/ping", null)
        .header("X-Citizen-Token", token));

    assertThat(reply.json().get("citizen").asText()).isEqualTo("c-310000-001");
  }

  @Test
  void citizenRouteWithoutTokenIsInvalidCitizenToken() {
    TestClient.Options options = new TestClient.Options("POST", "/v1/cities/310000/traffic/payments", "{}")
        .header("Idempotency-Key", "\"k\"");
    options.sig2 = true;

    TestClient.Reply reply = client.send(options);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("code").asText()).isEqualTo("invalid_citizen_token");
    assertThat(reply.header("WWW-Authenticate")).isNull();
  }

  @Test
  void unknownCitizenTokenIsInvalidCitizenToken() {
    TestClient.Reply reply = client.send(new TestClient.Options("GET", "/v1/cities/310000/traffic/ping", null)
        .header("X-Citizen-Token", "ct_forged"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("code").asText()).isEqualTo("invalid_citizen_token");
  }

  @Test
  void handlerBugIsASigned500Problem() {
    TestClient.Reply reply = client.get("/v1/broken");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.json().get("code").asText()).isEqualTo("internal_error");
    client.verifySession(reply);
  }
}
