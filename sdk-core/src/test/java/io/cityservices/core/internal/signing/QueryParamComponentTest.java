package io.cityservices.core.internal.signing;

import static io.cityservices.core.internal.signing.Rfc9421Fixtures.SHARED_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.signing.SignatureErrors;
import io.cityservices.core.signing.SigningKey;
import io.cityservices.core.signing.VerificationKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 9421 §2.2.8 {@code @query-param}: names and values are re-encoded with the WHATWG
 * application/x-www-form-urlencoded percent-encode set, where only ASCII alphanumerics and
 * {@code *-._} stay unescaped. Every expected value below was worked out by hand from that set and
 * UTF-8, not by the code under test.
 */
class QueryParamComponentTest {

  private static final String URL = "https://example.com/p?a~b=~*!'()&plus=1+2%2B3&sp=a%20b&pct=100%25"
      + "&sl=a/b&zh=%E4%B8%AD%E6%96%87&raw=%e4%b8%ad&fa%C3%A7ade%22%3A%20=something"
      + "&var=this%20is%20a%20big%0Avalue&bar=with+plus+whitespace&empty=&flag&comma=a,b;c:d@e$f";

  private static String line(String encodedName) {
    ComponentId id = ComponentId.parse("\"@query-param\";name=\"" + encodedName + "\"");
    String base = SignatureBase.build(List.of(id), "()", SignatureComponents.forRequest("GET", URL, h -> null));
    return base.substring(base.indexOf(": ") + 2, base.indexOf('\n'));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // ~ is unreserved in RFC 3986 but not in the form set: %7E; * stays; ! ' ( ) are escaped.
      "a%7Eb   | %7E*%21%27%28%29",
      // + in a form is a space; %2B is a literal plus.
      "plus    | 1%202%2B3",
      "sp      | a%20b",
      "pct     | 100%25",
      "sl      | a%2Fb",
      // 中文 in UTF-8: E4 B8 AD E6 96 87, uppercase hex.
      "zh      | %E4%B8%AD%E6%96%87",
      "raw     | %E4%B8%AD",
      // The RFC's own examples (§2.2.8).
      "fa%C3%A7ade%22%3A%20 | something",
      "var     | this%20is%20a%20big%0Avalue",
      "bar     | with%20plus%20whitespace",
      "empty   | ''",
      "flag    | ''",
      "comma   | a%2Cb%3Bc%3Ad%40e%24f",
  })
  void valuesAreEncodedWithTheFormPercentEncodeSet(String name, String expected) {
    assertThat(line(name.strip())).isEqualTo(expected.equals("''") ? "" : expected);
  }

  @Test
  void aNameWrittenUnencodedOrInLowercaseHexFindsItsParameter() {
    assertThat(line("a~b")).isEqualTo("%7E*%21%27%28%29");
    assertThat(line("fa%c3%a7ade%22%3a%20")).isEqualTo("something");
  }

  @Test
  void formDecodingKeepsAStrayPercentLiteral() {
    assertThat(SignatureBase.formDecode("%zz%4%")).isEqualTo("%zz%4%");
    assertThat(SignatureBase.formEncode(SignatureBase.formDecode("%zz%4"))).isEqualTo("%25zz%254");
    assertThat(SignatureBase.formEncode("Ab9*-._ ~")).isEqualTo("Ab9*-._%20%7E");
  }

  @Test
  void anAbsentOrRepeatedParameterIsRefused() {
    assertThatThrownBy(() -> line("nope")).isInstanceOf(IllegalArgumentException.class);
    ComponentId id = ComponentId.parse("\"@query-param\";name=\"x\"");
    SignatureComponents twice = SignatureComponents.forRequest("GET", "https://example.com/?x=1&x=2", h -> null);
    assertThatThrownBy(() -> SignatureBase.build(List.of(id), "()", twice))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
  }

  @Test
  void aSignatureOverAQueryParamVerifiesAndBreaksWhenTheValueChanges() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    MessageSigner signer = MessageSigner.builder(SigningKey.hmac("k", SHARED_SECRET))
        .components("@method", "\"@query-param\";name=\"a%7Eb\"").clock(clock).build();
    SignatureHeaders h = signer.sign(SignatureComponents.forRequest("GET", URL, x -> null));
    Map<String, String> headers = Map.of("signature-input", h.signatureInput(), "signature", h.signature());
    MessageVerifier verifier = MessageVerifier.builder(Jwks.resolver(Map.of("k", VerificationKey.hmac("k", SHARED_SECRET))))
        .clock(clock).build();

    assertThat(verifier.verify(SignatureComponents.forRequest("GET", URL, headers::get)).coveredComponents())
        .contains("\"@query-param\";name=\"a%7Eb\"");
    String changed = URL.replace("a~b=~*", "a~b=%7E%2A");
    // %7E%2A decodes to the same "~*": the same base, so still valid; a different value is not.
    assertThat(verifier.verify(SignatureComponents.forRequest("GET", changed, headers::get))).isNotNull();
    String other = URL.replace("a~b=~*", "a~b=~+");
    assertThatThrownBy(() -> verifier.verify(SignatureComponents.forRequest("GET", other, headers::get)))
        .isInstanceOf(SignatureException.class);
  }

  @Test
  void aNullBodyIsAnEmptyBodyForTheDigestAndTheVerifier() {
    String emptyDigest = "sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:";
    assertThat(ContentDigest.sha256(null)).isEqualTo(emptyDigest);
    ContentDigest.verify(emptyDigest, null);
    assertThatThrownBy(() -> ContentDigest.verify(ContentDigest.sha256(new byte[] {1}), null))
        .isInstanceOfSatisfying(SignatureException.class,
            e -> assertThat(e.code()).isEqualTo(SignatureErrors.DIGEST_MISMATCH));

    Clock clock = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    Map<String, String> headers = new java.util.HashMap<>(Map.of("content-digest", emptyDigest));
    SignatureHeaders h = MessageSigner.builder(SigningKey.hmac("k", SHARED_SECRET))
        .components("@method", "content-digest").clock(clock).build()
        .sign(SignatureComponents.forRequest("DELETE", URL, headers::get));
    headers.put("signature-input", h.signatureInput());
    headers.put("signature", h.signature());
    MessageVerifier verifier = MessageVerifier.builder(Jwks.resolver(Map.of("k", VerificationKey.hmac("k", SHARED_SECRET))))
        .clock(clock).build();
    assertThat(verifier.verifyWithDigest(SignatureComponents.forRequest("DELETE", URL, headers::get), null))
        .isNotNull();
  }
}
