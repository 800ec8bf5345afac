package io.cityservices.core.internal.signing;

import static io.cityservices.core.fuzz.Outcomes.onlyThrows;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.signing.SigningKey;
import io.cityservices.core.signing.VerificationKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Signature-Input, Signature and Content-Digest as they arrive: verification either succeeds or
 * fails with a {@link SignatureException}, whatever the headers, URL and body. Half the inputs start
 * from a genuine signature so that the fuzzer reaches the base, the time and the digest checks.
 */
class SignatureVerificationFuzzTest {

  static final byte[] SECRET = "fuzz-shared-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
  static final MessageVerifier VERIFIER = MessageVerifier.builder(
      Jwks.resolver(Map.of("k1", VerificationKey.hmac("k1", SECRET)))).clock(CLOCK).build();
  static final MessageSigner SIGNER = MessageSigner.builder(SigningKey.hmac("k1", SECRET))
      .components("@method", "@target-uri", "@authority", "@path", "@query", "\"@query-param\";name=\"a\"",
          "content-digest")
      .clock(CLOCK).build();

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "signature.dict")
  void verificationFailsOnlyWithSignatureException(FuzzedDataProvider data) {
    String method = data.pickValue(new String[] {"GET", "POST", "DELETE"});
    String url = "https://api.example/v1/x?" + data.consumeString(60);
    byte[] body = data.consumeBytes(64);
    Map<String, String> headers = new HashMap<>();
    boolean genuine = data.consumeBoolean();
    String digest = data.consumeBoolean() ? ContentDigest.sha256(body) : data.consumeString(80);
    headers.put("content-digest", digest);
    if (genuine) {
      try {
        SignatureHeaders signed = SIGNER.sign(SignatureComponents.forRequest(method, url, headers::get));
        headers.put("signature-input", mutate(data, signed.signatureInput()));
        headers.put("signature", mutate(data, signed.signature()));
      } catch (IllegalArgumentException notSignable) {
        return;
      }
    } else {
      headers.put("signature-input", data.consumeString(300));
      headers.put("signature", data.consumeRemainingAsString());
    }
    SignatureComponents message;
    try {
      message = SignatureComponents.forRequest(method, url, headers::get);
    } catch (IllegalArgumentException notAUrl) {
      return;
    }
    onlyThrows(() -> VERIFIER.verifyWithDigest(message, body), SignatureException.class);
    onlyThrows(() -> ContentDigest.verify(digest, body), SignatureException.class);
  }

  private static String mutate(FuzzedDataProvider data, String value) {
    if (!data.consumeBoolean()) {
      return value;
    }
    int at = data.consumeInt(0, value.length());
    return value.substring(0, at) + data.consumeString(20) + value.substring(Math.min(value.length(),
        at + data.consumeInt(0, 20)));
  }
}
