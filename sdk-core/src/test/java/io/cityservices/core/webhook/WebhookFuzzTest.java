package io.cityservices.core.webhook;

import static io.cityservices.core.fuzz.Outcomes.onlyThrows;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.internal.signing.MessageSigner;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.SignatureHeaders;
import io.cityservices.core.signing.SigningKey;
import io.cityservices.core.signing.VerificationKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * A delivery is verified or refused with the documented {@link SignatureException} (bad signature)
 * or {@link ValidationException} (signed but malformed envelope), whatever the headers and body.
 * Most inputs are correctly signed (with an HMAC key in place of the platform's RSA key, for speed)
 * so that the fuzzer spends its time in the envelope parsing behind the signature check.
 */
class WebhookFuzzTest {

  static final byte[] SECRET = "fuzz-platform-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
  static final URI ENDPOINT = URI.create("https://app.example/hooks");
  @SuppressWarnings("rawtypes") // any JSON object: the data type is a class literal, so raw
  static final EventType<Map> ANY = EventType.of("traffic.violation.recorded", Map.class);
  static final WebhookVerifier VERIFIER = new WebhookVerifier(
      Jwks.resolver(Map.of("p1", VerificationKey.hmac("p1", SECRET))),
      new InMemoryEventDeduplicator(CLOCK, Duration.ofMinutes(10), 10_000), CLOCK, Duration.ofMinutes(5))
      .forEndpoint(ENDPOINT);
  static final MessageSigner SIGNER = MessageSigner.builder(SigningKey.hmac("p1", SECRET))
      .components("@method", "@target-uri", "content-digest").tag(WebhookVerifier.TAG).nonce(() -> "dlv_1")
      .clock(CLOCK).build();

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "webhook.dict")
  void aDeliveryIsAnEventOrADocumentedRefusal(FuzzedDataProvider data) {
    boolean signed = data.consumeInt(0, 9) > 0;
    String tamperedInput = signed ? null : data.consumeString(200);
    byte[] body = data.consumeRemainingAsBytes();
    Map<String, String> headers = new HashMap<>();
    headers.put("Content-Digest", ContentDigest.sha256(body));
    if (signed) {
      SignatureHeaders h = SIGNER.sign(SignatureComponents.forRequest("POST", ENDPOINT.toString(),
          name -> name.equals("content-digest") ? headers.get("Content-Digest") : null));
      headers.put("Signature-Input", h.signatureInput());
      headers.put("Signature", h.signature());
    } else {
      headers.put("Signature-Input", tamperedInput);
      headers.put("Signature", "sig1=:AAAA:");
    }
    onlyThrows(() -> {
      WebhookEvent event = VERIFIER.verify(body, headers);
      event.toString();
      event.data(ANY);
    }, SignatureException.class, ValidationException.class);
  }
}
