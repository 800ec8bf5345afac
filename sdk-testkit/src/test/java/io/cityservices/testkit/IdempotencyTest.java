package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
  private static final String PATH = "/v1/cities/310000/traffic/payments";
  private static final TestPaymentsModule module = new TestPaymentsModule();
  private static CitySandbox sandbox;
  private static TestClient client;
  private static String citizenToken;

  @BeforeAll
  static void start() {
    sandbox = CitySandbox.builder().module(module).build().start();
    client = TestClient.connect(sandbox);
    citizenToken = SignatureTest.citizenToken(sandbox, client.http);
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
  void sameKeySameBodyReplaysFirstResponseWithoutRunningAgain() {
    String key = UUID.randomUUID().toString();
    TestClient.Reply first = pay(key, "{\"amount\":20000}");
    TestClient.Reply second = pay(key, "{\"amount\":20000}");

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.text()).isEqualTo(first.text());
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(module.payments.get()).isEqualTo(1);
  }

  @Test
  void sameKeyOtherBodyIs422() {
    String key = UUID.randomUUID().toString();
    pay(key, "{\"amount\":20000}");

    TestClient.Reply reply = pay(key, "{\"amount\":1}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().get("code").asText()).isEqualTo("idempotency_key_reused");
  }

  @Test
  void keysAreScopedPerApp() {
    String key = UUID.randomUUID().toString();
    pay(key, "{\"amount\":20000}");
    SandboxApp other = sandbox.registerApp("other-" + UUID.randomUUID());
    TestClient otherClient = TestClient.connect(sandbox, other);
    io.cityservices.core.auth.pkce.PkcePair pkce = new io.cityservices.core.auth.pkce.Pkce().generate();
    String code = sandbox.authorize("c-310000-002", other.clientId(), "https://o.example/cb", pkce.challenge());
    String otherCitizen = TestClient.call(otherClient.http, TestClient.tokenRequest(sandbox, other, java.util.Map.of(
        "grant_type", "authorization_code", "code", code, "redirect_uri", "https://o.example/cb",
        "code_verifier", pkce.verifier()))).json().get("access_token").asText();

    TestClient.Reply reply = otherClient.send(options(key, "{\"amount\":1}", otherCitizen));

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    assertThat(module.payments.get()).isEqualTo(2);
  }

  @Test
  void concurrentSameKeyIs409InFlight() throws Exception {
    TestPaymentsModule.Gate gate = new TestPaymentsModule.Gate(new CountDownLatch(1), new CountDownLatch(1));
    module.gate.set(gate);
    String key = UUID.randomUUID().toString();
    CompletableFuture<TestClient.Reply> first = CompletableFuture.supplyAsync(() -> pay(key, "{\"amount\":5}"));
    assertThat(gate.entered().await(10, TimeUnit.SECONDS)).isTrue();

    TestClient.Reply second = pay(key, "{\"amount\":5}");
    gate.release().countDown();

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("code").asText()).isEqualTo("idempotency_in_flight");
    assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
  }

  @Test
  void missingKeyIs400NamingTheHeader() {
    TestClient.Options options = new TestClient.Options("POST", PATH, "{\"amount\":1}").header("X-Citizen-Token", citizenToken);
    options.sig2 = true;

    TestClient.Reply reply = client.send(options);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("code").asText()).isEqualTo("validation_failed");
    assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
  }

  @Test
  void retryAfterConnectionResetPostHandlingIsNotChargedTwice() {
    sandbox.faults().failAfterHandling(PATH, Fault.CONNECTION_RESET_BY_PEER, 1);
    String key = UUID.randomUUID().toString();

    assertThatThrownBy(() -> pay(key, "{\"amount\":20000}")).isInstanceOf(UncheckedIOException.class);
    TestClient.Reply retry = pay(key, "{\"amount\":20000}");

    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(module.payments.get()).isEqualTo(1);
  }

  private TestClient.Reply pay(String key, String body) {
    return client.send(options(key, body, citizenToken));
  }

  private static TestClient.Options options(String key, String body, String citizen) {
    TestClient.Options options = new TestClient.Options("POST", PATH, body)
        .header("X-Citizen-Token", citizen)
        .header("Idempotency-Key", "\"" + key + "\"");
    options.sig2 = true;
    return options;
  }
}
