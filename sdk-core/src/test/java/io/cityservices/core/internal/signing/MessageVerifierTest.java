package io.cityservices.core.internal.signing;

import static io.cityservices.core.internal.signing.Rfc9421Fixtures.SHARED_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.signing.GeneratedKeyPair;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.signing.SignatureErrors;
import io.cityservices.core.signing.SigningKey;
import io.cityservices.core.signing.VerificationKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Signing then verifying a platform-style request, and every way verification must fail. */
class MessageVerifierTest {

  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String URL = "https://api.cityservices.example/v1/cities/310000/payments?lang=zh";
  private static final byte[] BODY = "{\"amount\":{\"amount\":20000,\"currency\":\"CNY\"}}".getBytes(StandardCharsets.UTF_8);

  private static final SigningKey HMAC = SigningKey.hmac("session-1", SHARED_SECRET);
  private static final VerificationKey HMAC_VERIFY = VerificationKey.hmac("session-1", SHARED_SECRET);
  private static final GeneratedKeyPair APP_KEY = KeyPairs.generate("app-ed25519", SignatureAlgorithm.ED25519);

  private final MessageSigner signer = MessageSigner.builder(HMAC)
      .components("@method", "@target-uri", "content-digest", "content-type").clock(CLOCK).build();

  private final Map<String, String> headers = new HashMap<>();
  private String method = "POST";
  private String url = URL;
  private byte[] body = BODY;

  private void signed() {
    headers.put("content-type", "application/json");
    headers.put("content-digest", ContentDigest.sha256(BODY));
    apply(signer.sign(message()));
  }

  private void apply(SignatureHeaders h) {
    headers.put("signature-input", h.signatureInput());
    headers.put("signature", h.signature());
  }

  private SignatureComponents message() {
    return SignatureComponents.forRequest(method, url, headers::get);
  }

  private static MessageVerifier.Builder verifier(VerificationKey... keys) {
    Map<String, VerificationKey> byId = new HashMap<>();
    for (VerificationKey k : keys) {
      byId.put(k.keyId(), k);
    }
    return MessageVerifier.builder(Jwks.resolver(byId)).clock(CLOCK);
  }

  private VerifiedSignature verify() {
    return verifier(HMAC_VERIFY).build().verifyWithDigest(message(), body);
  }

  private static AbstractThrowableAssert<?, ?> failsWith(String code, Runnable action) {
    return assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(SignatureException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void signedRequestVerifies() {
    signed();

    VerifiedSignature v = verify();

    assertThat(v.label()).isEqualTo("sig1");
    assertThat(v.keyId()).isEqualTo("session-1");
    assertThat(v.algorithm()).isEqualTo(SignatureAlgorithm.HMAC_SHA256);
    assertThat(v.created()).isEqualTo(NOW);
  }

  @Test
  void changedMethodFails() {
    signed();
    method = "PUT";
    failsWith(SignatureErrors.SIGNATURE_INVALID, this::verify);
  }

  @Test
  void changedPathFails() {
    signed();
    url = URL.replace("310000", "440100");
    failsWith(SignatureErrors.SIGNATURE_INVALID, this::verify);
  }

  @Test
  void changedQueryFails() {
    signed();
    url = URL.replace("lang=zh", "lang=en");
    failsWith(SignatureErrors.SIGNATURE_INVALID, this::verify);
  }

  @Test
  void changedCoveredHeaderFails() {
    signed();
    headers.put("content-type", "text/plain");
    failsWith(SignatureErrors.SIGNATURE_INVALID, this::verify);
  }

  @Test
  void changedDigestFails() {
    signed();
    headers.put("content-digest", ContentDigest.sha256("{}".getBytes(StandardCharsets.UTF_8)));
    failsWith(SignatureErrors.SIGNATURE_INVALID, this::verify);
  }

  @Test
  void changedBodyFailsTheDigest() {
    signed();
    body = "{\"amount\":{\"amount\":1,\"currency\":\"CNY\"}}".getBytes(StandardCharsets.UTF_8);
    failsWith(SignatureErrors.DIGEST_MISMATCH, this::verify);
  }

  @Test
  void uncoveredHeaderMayChange() {
    signed();
    headers.put("user-agent", "anything");
    assertThat(verify().label()).isEqualTo("sig1");
  }

  @Test
  void unknownKeyIdFails() {
    signed();
    failsWith(SignatureErrors.KEY_UNKNOWN,
        () -> verifier(VerificationKey.hmac("other", SHARED_SECRET)).build().verify(message()));
  }

  @Test
  void wrongSecretFails() {
    signed();
    byte[] other = SHARED_SECRET.clone();
    other[63] ^= 1;
    failsWith(SignatureErrors.SIGNATURE_INVALID,
        () -> verifier(VerificationKey.hmac("session-1", other)).build().verify(message()));
  }

  @Test
  void tooOldSignatureFails() {
    signed();
    Clock later = Clock.offset(CLOCK, Duration.ofMinutes(6));
    failsWith(SignatureErrors.SIGNATURE_EXPIRED,
        () -> verifier(HMAC_VERIFY).clock(later).build().verify(message()));
    assertThat(verifier(HMAC_VERIFY).clock(Clock.offset(CLOCK, Duration.ofMinutes(5))).build().verify(message()))
        .isNotNull();
  }

  @Test
  void signatureFromTheFutureFails() {
    signed();
    Clock earlier = Clock.offset(CLOCK, Duration.ofMinutes(-1));
    failsWith(SignatureErrors.SIGNATURE_NOT_YET_VALID,
        () -> verifier(HMAC_VERIFY).clock(earlier).build().verify(message()));
  }

  @Test
  void expiredSignatureFails() {
    headers.put("content-type", "application/json");
    apply(MessageSigner.builder(HMAC).components("@method").expiresAfter(Duration.ofSeconds(10))
        .clock(CLOCK).build().sign(message()));
    assertThat(headers.get("signature-input")).contains(";expires=" + (NOW.getEpochSecond() + 10));

    failsWith(SignatureErrors.SIGNATURE_EXPIRED, () -> verifier(HMAC_VERIFY)
        .clock(Clock.offset(CLOCK, Duration.ofSeconds(41))).build().verify(message()));
  }

  @Test
  void requiredComponentMustBeCovered() {
    headers.put("content-digest", ContentDigest.sha256(BODY));
    apply(MessageSigner.builder(HMAC).components("@method", "@path").clock(CLOCK).build().sign(message()));

    failsWith(SignatureErrors.COMPONENT_NOT_COVERED, this::verify)
        .hasMessageContaining("content-digest");
    failsWith(SignatureErrors.COMPONENT_NOT_COVERED,
        () -> verifier(HMAC_VERIFY).requiredComponents("@target-uri").build().verify(message()));
  }

  @Test
  void missingOrMalformedHeadersFail() {
    failsWith(SignatureErrors.SIGNATURE_MISSING, this::verify);
    headers.put("signature-input", "sig1=(\"@method\";created=1");
    headers.put("signature", "sig1=:AAAA:");
    failsWith(SignatureErrors.SIGNATURE_MALFORMED, this::verify);
  }

  @Test
  void declaredAlgorithmMustMatchTheKey() {
    signed();
    headers.put("signature-input", headers.get("signature-input").replace("hmac-sha256", "ed25519"));
    failsWith(SignatureErrors.ALGORITHM_MISMATCH, this::verify);
  }

  @Test
  void coveredHeaderAbsentFromTheMessageFails() {
    signed();
    headers.remove("content-type");
    failsWith(SignatureErrors.COMPONENT_MISSING, this::verify);
  }

  @Test
  void secondSignatureWithAnotherLabelRoundTrips() {
    signed();
    MessageSigner appSigner = MessageSigner.builder(APP_KEY.signingKey()).label("sig2")
        .components("@method", "@target-uri", "content-digest").clock(CLOCK).build();

    apply(appSigner.sign(message()));

    assertThat(headers.get("signature-input")).startsWith("sig1=(").contains(", sig2=(");
    assertThat(headers.get("signature")).matches("sig1=:[^:]+:, sig2=:[^:]+:");
    VerificationKey appPublic = APP_KEY.verificationKey();
    assertThat(verifier(HMAC_VERIFY, appPublic).label("sig1").build().verifyWithDigest(message(), body).keyId())
        .isEqualTo("session-1");
    assertThat(verifier(HMAC_VERIFY, appPublic).label("sig2").build().verifyWithDigest(message(), body).keyId())
        .isEqualTo("app-ed25519");
    // Chosen by key id: a verifier that only knows the app key picks sig2.
    assertThat(verifier(appPublic).build().verify(message()).label()).isEqualTo("sig2");
    assertThatThrownBy(() -> appSigner.sign(message())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void tamperingWithTheSecondSignatureIsDetected() {
    signed();
    apply(MessageSigner.builder(APP_KEY.signingKey()).label("sig2").components("@method", "@target-uri")
        .clock(CLOCK).build().sign(message()));
    method = "DELETE";
    failsWith(SignatureErrors.SIGNATURE_INVALID,
        () -> verifier(APP_KEY.verificationKey()).build().verify(message()));
  }

  @Test
  void responseBoundToItsRequestRoundTrips() {
    SignatureComponents request = SignatureComponents.forRequest("POST", URL, Map.<String, String>of()::get);
    Map<String, String> response = new HashMap<>();
    response.put("content-digest", ContentDigest.sha256(BODY));
    Consumer<SignatureHeaders> put = h -> {
      response.put("signature-input", h.signatureInput());
      response.put("signature", h.signature());
    };
    put.accept(MessageSigner.builder(HMAC).components("@status", "content-digest", "\"@target-uri\";req")
        .clock(CLOCK).build().sign(SignatureComponents.forResponse(201, response::get, request)));

    VerifiedSignature v = verifier(HMAC_VERIFY).build()
        .verifyWithDigest(SignatureComponents.forResponse(201, response::get, request), BODY);
    assertThat(v.coveredComponents()).containsExactly("\"@status\"", "\"content-digest\"", "\"@target-uri\";req");

    failsWith(SignatureErrors.SIGNATURE_INVALID, () -> verifier(HMAC_VERIFY).build()
        .verify(SignatureComponents.forResponse(200, response::get, request)));
    SignatureComponents otherRequest = SignatureComponents.forRequest("POST", URL + "&x=1", Map.<String, String>of()::get);
    failsWith(SignatureErrors.SIGNATURE_INVALID, () -> verifier(HMAC_VERIFY).build()
        .verify(SignatureComponents.forResponse(201, response::get, otherRequest)));
  }

  @Test
  void nonceAndTagAreSigned() {
    headers.put("content-type", "application/json");
    apply(MessageSigner.builder(HMAC).components("@method").nonce(() -> "n-123").tag("city-services")
        .clock(CLOCK).build().sign(message()));
    assertThat(headers.get("signature-input")).endsWith(";nonce=\"n-123\";tag=\"city-services\"");
    assertThat(verifier(HMAC_VERIFY).build().verify(message(), List.of("@method")).label()).isEqualTo("sig1");
    headers.put("signature-input", headers.get("signature-input").replace("n-123", "n-124"));
    failsWith(SignatureErrors.SIGNATURE_INVALID, () -> verifier(HMAC_VERIFY).build().verify(message()));
  }

  @Test
  void signingRejectsAComponentTheMessageLacks() {
    MessageSigner needsHeader = MessageSigner.builder(HMAC).components("x-missing").clock(CLOCK).build();
    assertThatThrownBy(() -> needsHeader.sign(message())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x-missing");
    assertThatThrownBy(() -> MessageSigner.builder(HMAC).components("\"content-type\";sf"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void authorityAndPathAreNormalised() {
    SignatureComponents c = SignatureComponents.forRequest("GET", "HTTPS://Example.COM:443", Map.<String, String>of()::get);
    assertThat(c.authority()).isEqualTo("example.com");
    assertThat(c.path()).isEqualTo("/");
    assertThat(c.query()).isEqualTo("?");
    assertThat(SignatureComponents.forRequest("GET", "http://localhost:8080/a?b", Map.<String, String>of()::get).authority())
        .isEqualTo("localhost:8080");
    assertThat(Optional.of(c).map(SignatureComponents::isResponse)).contains(false);
  }
}
