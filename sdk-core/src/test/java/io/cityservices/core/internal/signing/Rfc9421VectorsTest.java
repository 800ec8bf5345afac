package io.cityservices.core.internal.signing;

import static io.cityservices.core.internal.signing.Rfc9421Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.signing.SignatureErrors;
import io.cityservices.core.signing.SigningKey;
import io.cityservices.core.signing.VerificationKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reproduces and verifies the RFC 9421 Appendix B.2 examples and the RFC 9530 digests. */
class Rfc9421VectorsTest {

  private static final VerificationKey RSA_PSS =
      VerificationKey.fromPem("test-key-rsa-pss", SignatureAlgorithm.RSA_PSS_SHA512, RSA_PSS_PUBLIC_PEM);

  @Test
  void b25HmacSignatureIsReproducedByteForByte() {
    SigningKey key = SigningKey.hmac("test-shared-secret", SHARED_SECRET);
    MessageSigner signer = MessageSigner.builder(key).label("sig-b25")
        .components("date", "@authority", "content-type")
        .includeAlgorithm(false).clock(CREATED_CLOCK).build();

    SignatureHeaders headers = signer.sign(request(requestHeaders()));

    assertThat(headers.signatureInput())
        .isEqualTo("sig-b25=(\"date\" \"@authority\" \"content-type\");created=1618884473;keyid=\"test-shared-secret\"");
    assertThat(headers.signature()).isEqualTo("sig-b25=:pxcQw6G3AjtMBQjwo8XzkZf/bws5LelbaMk5rGIGtE8=:");
  }

  @Test
  void b25HmacSignatureVerifies() {
    Map<String, String> h = requestHeaders();
    h.put("signature-input", "sig-b25=(\"date\" \"@authority\" \"content-type\");created=1618884473;keyid=\"test-shared-secret\"");
    h.put("signature", "sig-b25=:pxcQw6G3AjtMBQjwo8XzkZf/bws5LelbaMk5rGIGtE8=:");

    VerifiedSignature v = verifier(VerificationKey.hmac("test-shared-secret", SHARED_SECRET)).verify(request(h));

    assertThat(v.label()).isEqualTo("sig-b25");
    assertThat(v.keyId()).isEqualTo("test-shared-secret");
    assertThat(v.created().getEpochSecond()).isEqualTo(1618884473L);
    assertThat(v.coveredComponents()).containsExactly("\"date\"", "\"@authority\"", "\"content-type\"");
  }

  @Test
  void b26Ed25519SignatureIsReproducedByteForByte() {
    SigningKey key = SigningKey.fromPem("test-key-ed25519", SignatureAlgorithm.ED25519, ED25519_PRIVATE_PEM);
    MessageSigner signer = MessageSigner.builder(key).label("sig-b26")
        .components("date", "@method", "@path", "@authority", "content-type", "content-length")
        .includeAlgorithm(false).clock(CREATED_CLOCK).build();

    SignatureHeaders headers = signer.sign(request(requestHeaders()));

    assertThat(headers.signatureInput()).isEqualTo("sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" "
        + "\"content-type\" \"content-length\");created=1618884473;keyid=\"test-key-ed25519\"");
    assertThat(headers.signature()).isEqualTo(
        "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:");

    Map<String, String> h = requestHeaders();
    h.put("signature-input", headers.signatureInput());
    h.put("signature", headers.signature());
    VerificationKey pub = VerificationKey.fromPem("test-key-ed25519", SignatureAlgorithm.ED25519, ED25519_PUBLIC_PEM);
    assertThat(verifier(pub).verify(request(h)).label()).isEqualTo("sig-b26");
  }

  @Test
  void b21RsaPssMinimalSignatureVerifies() {
    Map<String, String> h = requestHeaders();
    h.put("signature-input",
        "sig-b21=();created=1618884473;keyid=\"test-key-rsa-pss\";nonce=\"b3k2pp5k7z-50gnwp.yemd\"");
    h.put("signature", "sig-b21=:d2pmTvmbncD3xQm8E9ZV2828BjQWGgiwAaw5bAkgibUopemLJcWDy/lkbbHAve4cRAtx31Iq786U7it"
        + "++wgGxbtRxf8Udx7zFZsckzXaJMkA7ChG52eSkFxykJeNqsrWH5S+oxNFlD4dzVuwe8DhTSja8xxbR/Z2cOGdCbzR72rgFWhzx2Vj"
        + "BqJzsPLMIQKhO4DGezXehhWwE56YCE+O6c0mKZsfxVrogUvA4HELjVKWmAvtl6UnCh8jYzuVG5WSb/QEVPnP5TmcAnLH1g+s++v6d4"
        + "s8m0gCw1fV5/SITLq9mhho8K3+7EPYTU8IU1bLhdxO5Nyt8C8ssinQ98Xw9Q==:");

    assertThat(verifier(RSA_PSS).verify(request(h)).coveredComponents()).isEmpty();
  }

  @Test
  void b22RsaPssSelectiveSignatureWithQueryParamVerifies() {
    Map<String, String> h = requestHeaders();
    h.put("signature-input", "sig-b22=(\"@authority\" \"content-digest\" \"@query-param\";name=\"Pet\")"
        + ";created=1618884473;keyid=\"test-key-rsa-pss\";tag=\"header-example\"");
    h.put("signature", "sig-b22=:LjbtqUbfmvjj5C5kr1Ugj4PmLYvx9wVjZvD9GsTT4F7GrcQEdJzgI9qHxICagShLRiLMlAJjtq6N4CDf"
        + "KtjvuJyE5qH7KT8UCMkSowOB4+ECxCmT8rtAmj/0PIXxi0A0nxKyB09RNrCQibbUjsLS/2YyFYXEu4TRJQzRw1rLEuEfY17SARYhpTl"
        + "aqwZVtR8NV7+4UKkjqpcAoFqWFQh62s7Cl+H2fjBSpqfZUJcsIk4N6wiKYd4je2U/lankenQ99PZfB4jY3I5rSV2DSBVkSFsURIjYE"
        + "rOs0tFTQosMTAoxk//0RoKUqiYY8Bh0aaUEb0rQl3/XaVe4bXTugEjHSw==:");

    VerifiedSignature v = verifier(RSA_PSS).verifyWithDigest(request(h), REQUEST_BODY);

    assertThat(v.coveredComponents()).contains("\"@query-param\";name=\"Pet\"");
  }

  @Test
  void b22SignatureBaseMatchesTheRfc() {
    List<ComponentId> covered = List.of(ComponentId.parse("@authority"), ComponentId.parse("content-digest"),
        ComponentId.parse("\"@query-param\";name=\"Pet\""));
    String params = "(\"@authority\" \"content-digest\" \"@query-param\";name=\"Pet\");created=1618884473"
        + ";keyid=\"test-key-rsa-pss\";tag=\"header-example\"";

    assertThat(SignatureBase.build(covered, params, request(requestHeaders()))).isEqualTo(
        "\"@authority\": example.com\n"
            + "\"content-digest\": " + REQUEST_DIGEST + "\n"
            + "\"@query-param\";name=\"Pet\": dog\n"
            + "\"@signature-params\": " + params);
  }

  @Test
  void b23RsaPssFullCoverageSignatureVerifies() {
    Map<String, String> h = requestHeaders();
    h.put("signature-input", "sig-b23=(\"date\" \"@method\" \"@path\" \"@query\" \"@authority\" \"content-type\" "
        + "\"content-digest\" \"content-length\");created=1618884473;keyid=\"test-key-rsa-pss\"");
    h.put("signature", "sig-b23=:bbN8oArOxYoyylQQUU6QYwrTuaxLwjAC9fbY2F6SVWvh0yBiMIRGOnMYwZ/5MR6fb0Kh1rIRASVxFkeG"
        + "t683+qRpRRU5p2voTp768ZrCUb38K0fUxN0O0iC59DzYx8DFll5GmydPxSmme9v6ULbMFkl+V5B1TP/yPViV7KsLNmvKiLJH1pFkh/"
        + "aYA2HXXZzNBXmIkoQoLd7YfW91kE9o/CCoC1xMy7JA1ipwvKvfrs65ldmlu9bpG6A9BmzhuzF8Eim5f8ui9eH8LZH896+QIF61ka39"
        + "VBrohr9iyMUJpvRX2Zbhl5ZJzSRxpJyoEZAFL2FUo5fTIztsDZKEgM4cUA==:");

    assertThat(verifier(RSA_PSS).verifyWithDigest(request(h), REQUEST_BODY).label()).isEqualTo("sig-b23");
  }

  @Test
  void b24EcdsaResponseSignatureVerifies() {
    Map<String, String> h = responseHeaders();
    h.put("signature-input", "sig-b24=(\"@status\" \"content-type\" \"content-digest\" \"content-length\")"
        + ";created=1618884473;keyid=\"test-key-ecc-p256\"");
    h.put("signature", "sig-b24=:wNmSUAhwb5LxtOtOpNa6W5xj067m5hFrj0XQ4fvpaCLx0NKocgPquLgyahnzDnDAUy5eCdlYUEkLIj+32oiasw==:");
    VerificationKey ecc =
        VerificationKey.fromPem("test-key-ecc-p256", SignatureAlgorithm.ECDSA_P256_SHA256, ECC_P256_PUBLIC_PEM);

    VerifiedSignature v = verifier(ecc).verifyWithDigest(SignatureComponents.forResponse(200, h::get), RESPONSE_BODY);

    assertThat(v.algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
    h.put("content-length", "24");
    assertThatThrownBy(() -> verifier(ecc).verify(SignatureComponents.forResponse(200, h::get)))
        .isInstanceOf(SignatureException.class)
        .extracting(e -> ((SignatureException) e).code()).isEqualTo(SignatureErrors.SIGNATURE_INVALID);
  }

  @Test
  void rfc9530DigestsOfTheExampleBodies() {
    assertThat(ContentDigest.sha512(REQUEST_BODY)).isEqualTo(REQUEST_DIGEST);
    assertThat(ContentDigest.sha512(RESPONSE_BODY)).isEqualTo(RESPONSE_DIGEST);
    assertThat(ContentDigest.sha256(REQUEST_BODY)).isEqualTo("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");
    ContentDigest.verify(REQUEST_DIGEST, REQUEST_BODY);
    ContentDigest.verify(ContentDigest.sha256(REQUEST_BODY) + ", " + REQUEST_DIGEST, REQUEST_BODY);
  }

  @Test
  void signatureInputHasTheDocumentedShapeWithAlg() {
    MessageSigner signer = MessageSigner.builder(SigningKey.hmac("test-key", SHARED_SECRET))
        .components("@method", "@target-uri", "content-digest").clock(CREATED_CLOCK).build();

    SignatureHeaders headers = signer.sign(request(requestHeaders()));

    assertThat(headers.signatureInput()).isEqualTo(
        "sig1=(\"@method\" \"@target-uri\" \"content-digest\");created=1618884473;keyid=\"test-key\";alg=\"hmac-sha256\"");
    assertThat(headers.signature()).matches("sig1=:[A-Za-z0-9+/]{43}=:");
  }

  private static MessageVerifier verifier(VerificationKey key) {
    return MessageVerifier.builder(id -> id.equals(key.keyId()) ? Optional.of(key) : Optional.empty())
        .clock(CREATED_CLOCK).build();
  }
}
