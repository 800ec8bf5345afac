package io.cityservices.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.json.JsonMapperFactory;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.signing.ContentDigest;
import io.cityservices.core.signing.GeneratedKeyPair;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.signing.MessageSigner;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.signing.SignatureComponents;
import io.cityservices.core.signing.SignatureHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final WebhookVerifier verifier =
      new WebhookVerifier(
          Jwks.resolver(Map.of(PLATFORM.verificationKey().keyId(), PLATFORM.verificationKey())),
          JsonMapperFactory.create(),
          new InMemoryEventDeduplicator(clock, Duration.ofMinutes(10), 1000),
          clock,
          Duration.ofMinutes(5));

  static byte[] event(String id, String type) {
    return ("{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"created\":\"2026-11-27T10:00:00+08:00\","
            + "\"city\":\"310000\",\"data\":{\"violation_id\":\"V1\",\"amount\":{\"amount\":20000,\"currency\":\"CNY\"}}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  static Map<String, String> sign(byte[] body, Instant at) {
    Map<String, String> headers = new HashMap<>();
    headers.put("content-type", "application/json");
    headers.put("content-digest", ContentDigest.sha256(body));
    SignatureHeaders h =
        MessageSigner.builder(PLATFORM.signingKey())
            .components("content-digest")
            .clock(Clock.fixed(at, ZoneOffset.UTC))
            .build()
            .sign(SignatureComponents.forResponse(200, headers::get));
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
    assertThat(event.rawData().get("violation_id").asText()).isEqualTo("V1");
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
            .components("content-digest")
            .clock(clock)
            .build()
            .sign(SignatureComponents.forResponse(200, headers::get));
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
}
