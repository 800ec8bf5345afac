package io.cityservices.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.signing.GeneratedKeyPair;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.internal.signing.MessageSigner;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.SignatureHeaders;
import java.nio.charset.StandardCharsets;
import io.cityservices.core.error.ValidationException;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  record FinePaid(String violationId, Money amount) {}

  static final EventType<FinePaid> FINE_PAID = EventType.of("traffic.violation.paid", FinePaid.class);
  static final GeneratedKeyPair PLATFORM = KeyPairs.generate("platform-2026", SignatureAlgorithm.RSA_PSS_SHA512);
  static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

  static final URI ENDPOINT = URI.create("https://app.example/hooks/city");

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final WebhookVerifier unbound =
      new WebhookVerifier(
          Jwks.resolver(Map.of(PLATFORM.verificationKey().keyId(), PLATFORM.verificationKey())),
          new InMemoryEventDeduplicator(clock, Duration.ofMinutes(10), 1000),
          clock,
          Duration.ofMinutes(5));
  final WebhookVerifier verifier = unbound.forEndpoint(ENDPOINT);

  static byte[] event(String id, String type) {
    return ("{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"created\":\"2026-11-27T10:00:00+08:00\","
            + "\"city\":\"310000\",\"data\":{\"violation_id\":\"V1\",\"amount\":{\"amount\":20000,\"currency\":\"CNY\"}}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  static Map<String, String> sign(byte[] body, Instant at) {
    return sign(body, at, ENDPOINT.toString(), WebhookVerifier.TAG, "dlv_1");
  }

  /** Signs as the platform does (core.yaml, "Webhook signatures"); null tag or nonce leaves it out. */
  static Map<String, String> sign(byte[] body, Instant at, String target, String tag, String nonce) {
    Map<String, String> headers = new HashMap<>();
    headers.put("content-type", "application/json");
    headers.put("content-digest", ContentDigest.sha256(body));
    MessageSigner.Builder signer = MessageSigner.builder(PLATFORM.signingKey())
        .components("@method", "@target-uri", "content-digest")
        .clock(Clock.fixed(at, ZoneOffset.UTC));
    if (tag != null) {
      signer.tag(tag);
    }
    if (nonce != null) {
      signer.nonce(() -> nonce);
    }
    SignatureHeaders h = signer.build().sign(SignatureComponents.forRequest("POST", target, headers::get));
    Map<String, String> wire = new HashMap<>();
    wire.put("Content-Type", "application/json");
    wire.put("Content-Digest", headers.get("content-digest"));
    wire.put("Signature-Input", h.signatureInput());
    wire.put("Signature", h.signature());
    return wire;
  }

  @Test
  void verifiesAndReadsATypedEvent() {
    byte[] body = event("evt_1", "traffic.violation.paid");

    WebhookEvent event = verifier.verify(body, sign(body, NOW));

    assertThat(event.id()).isEqualTo("evt_1");
    assertThat(event.city()).isEqualTo(CityCode.SHANGHAI);
    assertThat(event.isDuplicate()).isFalse();
    assertThat(event.data(FINE_PAID)).contains(new FinePaid("V1", Money.cny(20000)));
  }

  @Test
  void aRedeliveryIsReportedAsDuplicate() {
    byte[] body = event("evt_2", "traffic.violation.paid");
    Map<String, String> headers = sign(body, NOW);

    verifier.verify(body, headers);

    assertThat(verifier.verify(body, headers).isDuplicate()).isTrue();
  }

  @Test
  void unknownTypesStillParseAsGenericEvents() {
    byte[] body = event("evt_3", "library.book.overdue");

    WebhookEvent event = verifier.verify(body, sign(body, NOW));

    assertThat(event.type()).isEqualTo("library.book.overdue");
    assertThat(event.data(FINE_PAID)).isEmpty();
    assertThat(event.rawData()).contains("\"violation_id\":\"V1\"");
  }

  @Test
  void aTamperedBodyIsRejected() {
    byte[] body = event("evt_4", "traffic.violation.paid");
    Map<String, String> headers = sign(body, NOW);
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("20000", "2").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> verifier.verify(tampered, headers)).isInstanceOf(SignatureException.class);
  }

  @Test
  void aTamperedDigestIsRejected() {
    byte[] body = event("evt_5", "traffic.violation.paid");
    byte[] other = event("evt_6", "traffic.violation.paid");
    Map<String, String> headers = sign(body, NOW);
    headers.put("Content-Digest", ContentDigest.sha256(other));

    assertThatThrownBy(() -> verifier.verify(other, headers)).isInstanceOf(SignatureException.class);
  }

  @Test
  void anEventSignedOutsideTheToleranceIsRejected() {
    byte[] body = event("evt_7", "traffic.violation.paid");

    assertThatThrownBy(() -> verifier.verify(body, sign(body, NOW.minus(Duration.ofMinutes(6)))))
        .isInstanceOf(SignatureException.class);
    assertThatThrownBy(() -> verifier.verify(body, sign(body, NOW.plus(Duration.ofMinutes(6)))))
        .isInstanceOf(SignatureException.class);
  }

  @Test
  void anEventSignedByAnotherKeyIsRejected() {
    GeneratedKeyPair impostor = KeyPairs.generate("platform-2026", SignatureAlgorithm.RSA_PSS_SHA512);
    byte[] body = event("evt_8", "traffic.violation.paid");
    Map<String, String> headers = new HashMap<>();
    headers.put("content-digest", ContentDigest.sha256(body));
    SignatureHeaders h =
        MessageSigner.builder(impostor.signingKey())
            .components("@method", "@target-uri", "content-digest")
            .tag(WebhookVerifier.TAG)
            .nonce(() -> "dlv_8")
            .clock(clock)
            .build()
            .sign(SignatureComponents.forRequest("POST", ENDPOINT.toString(), headers::get));
    headers.put("signature-input", h.signatureInput());
    headers.put("signature", h.signature());

    assertThatThrownBy(() -> verifier.verify(body, headers)).isInstanceOf(SignatureException.class);
  }

  @Test
  void deduplicatorForgetsIdsAfterRetentionAndIsBounded() {
    Instant[] now = {NOW};
    Clock moving =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    InMemoryEventDeduplicator dedup = new InMemoryEventDeduplicator(moving, Duration.ofMinutes(10), 2);

    assertThat(dedup.firstSeen("a", NOW)).isTrue();
    assertThat(dedup.firstSeen("a", NOW)).isFalse();
    now[0] = NOW.plus(Duration.ofMinutes(11));
    assertThat(dedup.firstSeen("a", NOW)).isTrue();
    dedup.firstSeen("b", NOW);
    dedup.firstSeen("c", NOW);
    assertThat(dedup.firstSeen("a", NOW)).isTrue();
  }

  @Test
  void aDeliveryCapturedForAnotherEndpointIsRejected() {
    byte[] body = event("evt_20", "traffic.violation.paid");
    Map<String, String> forOther = sign(body, NOW, "https://other-app.example/hooks/city", WebhookVerifier.TAG, "d");

    assertThatThrownBy(() -> verifier.verify(body, forOther))
        .isInstanceOfSatisfying(SignatureException.class, e -> assertThat(e.code()).isEqualTo("signature_invalid"));
    assertThat(unbound.forEndpoint(URI.create("https://other-app.example/hooks/city")).verify(body, forOther).id())
        .isEqualTo("evt_20");
  }

  @Test
  void theEndpointIsComparedAfterNormalisation() {
    byte[] body = event("evt_21", "traffic.violation.paid");
    Map<String, String> headers = sign(body, NOW);

    WebhookVerifier written = unbound.forEndpoint(URI.create("HTTPS://App.Example:443/hooks/city"));
    assertThat(written.endpoint()).contains("https://app.example/hooks/city");
    assertThat(written.verify(body, headers).id()).isEqualTo("evt_21");
    assertThat(WebhookVerifier.targetUri(URI.create("http://h.example"))).isEqualTo("http://h.example/");
    assertThat(WebhookVerifier.targetUri(URI.create("http://h.example:8080/a?b=c#f"))).isEqualTo("http://h.example:8080/a?b=c");
    assertThatThrownBy(() -> WebhookVerifier.targetUri(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookVerifier.targetUri(URI.create("ftp://h.example/"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSignatureWithoutTheWebhookProfileIsRejected() {
    byte[] body = event("evt_22", "traffic.violation.paid");

    assertThatThrownBy(() -> verifier.verify(body, sign(body, NOW, ENDPOINT.toString(), "other-profile", "d")))
        .isInstanceOfSatisfying(SignatureException.class, e -> assertThat(e.code()).isEqualTo("signature_missing"));
    assertThatThrownBy(() -> verifier.verify(body, sign(body, NOW, ENDPOINT.toString(), WebhookVerifier.TAG, null)))
        .isInstanceOfSatisfying(SignatureException.class, e -> assertThat(e.code()).isEqualTo("signature_malformed"));

    Map<String, String> responseStyle = new HashMap<>();
    responseStyle.put("content-digest", ContentDigest.sha256(body));
    SignatureHeaders h = MessageSigner.builder(PLATFORM.signingKey()).components("content-digest")
        .tag(WebhookVerifier.TAG).nonce(() -> "d").clock(clock).build()
        .sign(SignatureComponents.forResponse(200, responseStyle::get));
    responseStyle.put("signature-input", h.signatureInput());
    responseStyle.put("signature", h.signature());
    assertThatThrownBy(() -> verifier.verify(body, responseStyle))
        .isInstanceOfSatisfying(SignatureException.class, e -> assertThat(e.code()).isEqualTo("component_not_covered"));
  }

  @Test
  void anUnboundVerifierRefusesToGuessTheEndpoint() {
    byte[] body = event("evt_23", "traffic.violation.paid");
    assertThatThrownBy(() -> unbound.verify(body, sign(body, NOW))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("forEndpoint");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"id\":\"e\",\"type\":\"t\",\"created\":\"yesterday\",\"city\":\"310000\"}|created",
      "{\"id\":\"e\",\"type\":\"t\",\"created\":\"2026-11-27T10:00:00\",\"city\":\"310000\"}|created",
      "{\"id\":\"e\",\"type\":\"t\",\"created\":1764208800,\"city\":\"310000\"}|created",
      "{\"id\":\"e\",\"type\":\"t\",\"created\":\"2026-11-27T10:00:00+08:00\",\"city\":\"Shanghai\"}|city",
      "{\"type\":\"t\",\"created\":\"2026-11-27T10:00:00+08:00\"}|id",
      "{\"id\":\"e\",\"type\":[],\"created\":\"2026-11-27T10:00:00+08:00\"}|type",
      "not json|body",
      "[1,2]|body",
      "''|body",
  })
  void aCorrectlySignedButMalformedEnvelopeIsATypedError(String json, String member) {
    byte[] body = json.equals("''") ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> verifier.verify(body, sign(body, NOW)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.code()).isEqualTo(WebhookVerifier.EVENT_MALFORMED);
          assertThat(e.violations()).extracting(v -> v.field()).containsExactly(member);
        });
  }

  @Test
  void dataOfTheWrongShapeIsATypedError() {
    byte[] body = ("{\"id\":\"evt_24\",\"type\":\"traffic.violation.paid\",\"created\":\"2026-11-27T10:00:00+08:00\","
        + "\"data\":{\"amount\":\"twenty\"}}").getBytes(StandardCharsets.UTF_8);
    WebhookEvent event = verifier.verify(body, sign(body, NOW));

    assertThatThrownBy(() -> event.data(FINE_PAID)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("data"));
  }
}
