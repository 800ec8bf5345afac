package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.internal.signing.MessageVerifier;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.VerifiedSignature;
import io.cityservices.core.webhook.WebhookVerifier;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CitySandboxTest
class WebhookTest {
  CitySandbox sandbox;
  private HttpServer receiver;
  private final AtomicInteger calls = new AtomicInteger();
  private final CountDownLatch received = new CountDownLatch(1);
  private final List<Received> bodies = new CopyOnWriteArrayList<>();
  private final List<String> signatureInputs = new CopyOnWriteArrayList<>();

  private record Received(byte[] body, Map<String, String> headers) {}

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      signatureInputs.add(exchange.getRequestHeaders().getFirst("Signature-Input"));
      // The first delivery fails, so the sandbox must retry.
      int status = calls.incrementAndGet() == 1 ? 500 : 204;
      if (status == 204) {
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        bodies.add(new Received(body, headers));
        received.countDown();
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void deliversSignedEventsAndRetriesAfterFailure() throws Exception {
    sandbox.webhooks().register(endpoint());
    JsonNode data = sandbox.mapper().createObjectNode().put("bill_id", "b-1");

    Event event = sandbox.events().publish("utilities.bill.issued", "310000", data);

    assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();
    List<WebhookDelivery> finished = sandbox.webhooks().awaitFinished(1, Duration.ofSeconds(10));
    assertThat(finished).singleElement().satisfies(d -> {
      assertThat(d.succeeded()).isTrue();
      assertThat(d.attempts()).isEqualTo(2);
      assertThat(d.event().id()).isEqualTo(event.id());
    });
    assertThat(sandbox.webhooks().delivered()).hasSize(1);
    Received delivery = bodies.get(0);
    assertThat(delivery.headers().get("content-type")).isEqualTo("application/json");
    JsonNode body = sandbox.mapper().readTree(delivery.body());
    assertThat(body.get("id").asText()).isEqualTo(event.id());
    assertThat(body.get("type").asText()).isEqualTo("utilities.bill.issued");
    assertThat(body.get("city").asText()).isEqualTo("310000");
    assertThat(body.get("data").get("bill_id").asText()).isEqualTo("b-1");
    assertThat(body.get("created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    VerifiedSignature verified = verify(endpoint(), delivery.headers(), delivery.body());
    assertThat(verified.keyId()).isEqualTo(sandbox.platformKeys().currentKeyId());
    assertThat(verified.coveredComponents()).containsExactly("\"@method\"", "\"@target-uri\"", "\"content-digest\"");
    // Both attempts are one delivery: the same nonce (the delivery id), the webhook tag and the algorithm.
    assertThat(signatureInputs).hasSize(2).allSatisfy(input -> assertThat(input)
        .contains(";tag=\"city-services-webhook\"", ";alg=\"rsa-pss-sha512\"", ";nonce=\"dlv_"));
    assertThat(nonce(signatureInputs.get(0))).isEqualTo(nonce(signatureInputs.get(1)));
  }

  @Test
  void aDeliveryReplayedToAnotherEndpointDoesNotVerifyThere() throws Exception {
    sandbox.webhooks().register(endpoint());
    sandbox.events().publish("payment.succeeded", "310000", sandbox.mapper().createObjectNode().put("payment_id", "P1"));
    assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();
    Received delivery = bodies.get(0);

    try (CityServices app = CityServices.builder().baseUrl(sandbox.baseUrl()).build()) {
      WebhookVerifier mine = app.webhooks().forEndpoint(endpoint());
      WebhookVerifier other = app.webhooks().forEndpoint(URI.create("https://other-app.example/hook"));

      assertThatThrownBy(() -> other.verify(delivery.body(), delivery.headers()))
          .isInstanceOfSatisfying(SignatureException.class, e -> assertThat(e.code()).isEqualTo("signature_invalid"));
      assertThat(mine.verify(delivery.body(), delivery.headers()).type()).isEqualTo("payment.succeeded");
    }
  }

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
  }

  private static String nonce(String signatureInput) {
    return signatureInput.replaceAll(".*;nonce=\"([^\"]+)\".*", "$1");
  }

  @Test
  void givesUpAfterBoundedAttempts() throws Exception {
    try (CitySandbox quick = CitySandbox.builder().webhookRetry(2, Duration.ofMillis(10)).build().start()) {
      quick.webhooks().register(URI.create("http://127.0.0.1:1/closed"));
      quick.events().publish("payment.succeeded", "310000", quick.mapper().createObjectNode());

      List<WebhookDelivery> finished = quick.webhooks().awaitFinished(1, Duration.ofSeconds(10));

      assertThat(finished).singleElement().satisfies(d -> {
        assertThat(d.succeeded()).isFalse();
        assertThat(d.attempts()).isEqualTo(2);
        assertThat(d.status()).isZero();
      });
    }
  }

  @Test
  void signedEventHelperVerifiesLikeADelivery() {
    URI target = URI.create("https://app.example/hooks/traffic");
    SignedEvent signed = sandbox.events().signedEvent("traffic.violation.recorded", "440300",
        sandbox.mapper().createObjectNode().put("violation_id", "v-1"), target);

    Map<String, String> lower = new ConcurrentHashMap<>();
    signed.headers().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    assertThat(lower.get("content-digest")).isEqualTo(ContentDigest.sha256(signed.body()));
    assertThat(verify(target, lower, signed.body()).algorithm().identifier()).isEqualTo("rsa-pss-sha512");
    assertThat(signed.bodyText()).contains("\"type\":\"traffic.violation.recorded\"");
    assertThat(signed.toString()).doesNotContain("v-1");
  }

  /** Verifies as a third-party receiver following core.yaml would, with core's generic verifier. */
  private VerifiedSignature verify(URI endpoint, Map<String, String> headers, byte[] body) {
    MessageVerifier verifier = MessageVerifier.builder(Jwks.resolver(Jwks.parse(sandbox.platformKeys().jwks())))
        .tag("city-services-webhook").requiredParameters("nonce", "alg")
        .requiredComponents("@method", "@target-uri", "content-digest").build();
    return verifier.verifyWithDigest(SignatureComponents.forRequest("POST", endpoint.toString(), headers::get), body);
  }
}
