package io.cityservices.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.internal.signing.MessageSigner;
import io.cityservices.core.internal.signing.MessageVerifier;
import io.cityservices.core.internal.signing.Rfc9421Fixtures;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.SignatureHeaders;
import io.cityservices.core.internal.signing.VerifiedSignature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PEM and JWK round trips, JWKS documents, and keeping key material out of strings. */
class KeysTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(value = SignatureAlgorithm.class, names = "HMAC_SHA256", mode = EnumSource.Mode.EXCLUDE)
  void pemRoundTrip(SignatureAlgorithm algorithm) {
    GeneratedKeyPair pair = KeyPairs.generate("k-" + algorithm.identifier(), algorithm);

    assertThat(pair.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(pair.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
    SigningKey signing = SigningKey.fromPem(pair.keyId(), algorithm, pair.privateKeyPem());
    VerificationKey verification = VerificationKey.fromPem(pair.keyId(), algorithm, pair.publicKeyPem());

    assertSignsAndVerifies(signing, verification);
  }

  @ParameterizedTest
  @EnumSource(value = SignatureAlgorithm.class, names = "HMAC_SHA256", mode = EnumSource.Mode.EXCLUDE)
  void jwkRoundTrip(SignatureAlgorithm algorithm) throws Exception {
    GeneratedKeyPair pair = KeyPairs.generate("k-" + algorithm.identifier(), algorithm);

    JsonNode publicJwk = JSON.readTree(pair.publicJwk());
    assertThat(publicJwk.get("kid").asText()).isEqualTo(pair.keyId());
    assertThat(publicJwk.get("alg").asText()).isEqualTo(algorithm.joseName());
    assertThat(publicJwk.has("d")).isFalse();
    assertThat(JSON.readTree(pair.privateJwk()).has("d")).isTrue();
    SigningKey signing = SigningKey.fromJwk(pair.privateJwk());
    VerificationKey verification = VerificationKey.fromJwk(pair.publicJwk());

    assertThat(signing.algorithm()).isEqualTo(algorithm);
    assertThat(verification.keyId()).isEqualTo(pair.keyId());
    assertSignsAndVerifies(signing, verification);
    assertThat(JSON.readTree(verification.toJwk())).isEqualTo(publicJwk);
    // The private JWK also verifies: its public members are enough.
    assertSignsAndVerifies(pair.signingKey(), VerificationKey.fromJwk(pair.privateJwk()));
  }

  @Test
  void ecdsaSignaturesAreRawSixtyFourBytes() {
    GeneratedKeyPair pair = KeyPairs.generate("ec", SignatureAlgorithm.ECDSA_P256_SHA256);
    byte[] signature = pair.signingKey().sign(new byte[] {1, 2, 3});
    assertThat(signature).hasSize(64);
    assertThat(pair.verificationKey().verify(new byte[] {1, 2, 3}, signature)).isTrue();
    assertThat(pair.verificationKey().verify(new byte[] {1, 2, 3}, new byte[] {0x30, 0x06})).isFalse();
    // The engine recovers after a malformed signature.
    assertThat(pair.verificationKey().verify(new byte[] {1, 2, 3}, signature)).isTrue();
  }

  @Test
  void hmacJwkRoundTrip() {
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(Rfc9421Fixtures.SHARED_SECRET);
    String jwk = "{\"kty\":\"oct\",\"kid\":\"test-shared-secret\",\"alg\":\"HS256\",\"k\":\"" + secret + "\"}";

    assertSignsAndVerifies(SigningKey.fromJwk(jwk), VerificationKey.fromJwk(jwk));
    assertThatThrownBy(() -> VerificationKey.fromJwk(jwk).toJwk()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Jwks.toJson(List.of(VerificationKey.fromJwk(jwk))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void jwksRoundTripAndSkipsUnsupportedKeys() throws Exception {
    GeneratedKeyPair ed = KeyPairs.generate("ed-1", SignatureAlgorithm.ED25519);
    GeneratedKeyPair rsa = KeyPairs.generate("rsa-1", SignatureAlgorithm.RSA_PSS_SHA512);
    String json = Jwks.toJson(List.of(ed.verificationKey(), rsa.verificationKey()));
    JsonNode doc = JSON.readTree(json);
    ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("keys"))
        .add(JSON.readTree("{\"kty\":\"EC\",\"crv\":\"P-521\",\"kid\":\"future\",\"x\":\"AA\",\"y\":\"AA\"}"))
        .add(JSON.readTree("{\"kty\":\"RSA\",\"kid\":\"enc\",\"use\":\"enc\",\"n\":\"AQAB\",\"e\":\"AQAB\"}"));

    Map<String, VerificationKey> keys = Jwks.parse(JSON.writeValueAsString(doc));

    assertThat(keys).containsOnlyKeys("ed-1", "rsa-1");
    assertThat(keys.get("rsa-1").algorithm()).isEqualTo(SignatureAlgorithm.RSA_PSS_SHA512);
    assertSignsAndVerifies(rsa.signingKey(), keys.get("rsa-1"));
    assertThatThrownBy(() -> Jwks.parse("{\"keys\":[" + ed.publicJwk() + "," + ed.publicJwk() + "]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
    assertThatThrownBy(() -> Jwks.parse("{\"nokeys\":1}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rfcEd25519KeyConvertsToTheRfcJwk() {
    VerificationKey pem = VerificationKey.fromPem("test-key-ed25519", SignatureAlgorithm.ED25519,
        Rfc9421Fixtures.ED25519_PUBLIC_PEM);
    assertThat(pem.toJwk()).contains("\"x\":\"JrQLj5P_89iXES9-vFgrIy29clF9CC_oPPsw3c5D0bs\"");
    VerificationKey ecc = VerificationKey.fromPem("test-key-ecc-p256", SignatureAlgorithm.ECDSA_P256_SHA256,
        Rfc9421Fixtures.ECC_P256_PUBLIC_PEM);
    assertThat(VerificationKey.fromJwk(ecc.toJwk()).publicKey()).isEqualTo(ecc.publicKey());
  }

  @Test
  void toStringShowsNoKeyMaterial() {
    GeneratedKeyPair pair = KeyPairs.generate("ec-1", SignatureAlgorithm.ECDSA_P256_SHA256);
    String secretB64 = Base64.getEncoder().encodeToString(Rfc9421Fixtures.SHARED_SECRET);

    List<Object> all = List.of(pair, pair.signingKey(), pair.verificationKey(),
        SigningKey.hmac("s", Rfc9421Fixtures.SHARED_SECRET), VerificationKey.hmac("s", Rfc9421Fixtures.SHARED_SECRET),
        MessageSigner.builder(pair.signingKey()).components("@method").build());
    for (Object o : all) {
      assertThat(o.toString()).doesNotContain(secretB64.substring(0, 12))
          .doesNotContain(pair.privateKeyPem().substring(40, 60))
          .doesNotContainIgnoringCase("BEGIN");
    }
    assertThat(pair.signingKey().toString()).isEqualTo("SigningKey[keyId=ec-1, algorithm=ecdsa-p256-sha256]");
    assertThat(pair.toString()).isEqualTo("GeneratedKeyPair[keyId=ec-1, algorithm=ecdsa-p256-sha256]");
  }

  @Test
  void badKeysAreRejectedWithoutQuotingThem() {
    GeneratedKeyPair ed = KeyPairs.generate("ed", SignatureAlgorithm.ED25519);
    String corrupt = ed.privateKeyPem().replace("M", "!");

    assertThatThrownBy(() -> SigningKey.fromPem("ed", SignatureAlgorithm.ED25519, corrupt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("!");
    assertThatThrownBy(() -> SigningKey.fromPem("ed", SignatureAlgorithm.ECDSA_P256_SHA256, ed.privateKeyPem()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ecdsa-p256-sha256");
    assertThatThrownBy(() -> VerificationKey.fromPem("ed", SignatureAlgorithm.ED25519, ed.privateKeyPem()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PUBLIC KEY");
    assertThatThrownBy(() -> SigningKey.hmac("h", new byte[8])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKey.fromJwk("{\"kty\":\"RSA\",\"kid\":\"r\",\"n\":\"AQAB\",\"e\":\"AQAB\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alg");
    assertThatThrownBy(() -> SigningKey.fromJwk("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"e\",\"x\":\"secret-ish\"")) 
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret-ish");
  }

  @Test
  void algorithmsByName() {
    assertThat(SignatureAlgorithm.fromName("rsa-pss-sha512")).isEqualTo(SignatureAlgorithm.RSA_PSS_SHA512);
    assertThat(SignatureAlgorithm.fromName("ES256")).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
    assertThat(SignatureAlgorithm.fromName("EdDSA")).isEqualTo(SignatureAlgorithm.ED25519);
    assertThatThrownBy(() -> SignatureAlgorithm.fromName("rsa-sha1")).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertSignsAndVerifies(SigningKey signing, VerificationKey verification) {
    Map<String, String> headers = new HashMap<>();
    headers.put("content-digest", ContentDigest.sha256(new byte[0]));
    SignatureComponents request =
        SignatureComponents.forRequest("GET", "https://api.cityservices.example/v1/catalog", headers::get);
    SignatureHeaders h = MessageSigner.builder(signing).components("@method", "@target-uri", "content-digest")
        .clock(CLOCK).build().sign(request);
    headers.put("signature-input", h.signatureInput());
    headers.put("signature", h.signature());

    VerifiedSignature v = MessageVerifier.builder(Jwks.resolver(Map.of(verification.keyId(), verification)))
        .clock(CLOCK).build().verifyWithDigest(request, new byte[0]);

    assertThat(v.algorithm()).isEqualTo(signing.algorithm());
  }

  @Test
  void aPemWhoseMarkersShareDashesIsRefusedAsMalformed() {
    // Found by KeyMaterialFuzzTest: the end marker overlapped the begin marker's trailing dashes.
    String overlapping = "-----BEGIN PRIVATE KEY-------END PRIVATE KEY------\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SigningKey.fromPem("k", SignatureAlgorithm.ED25519, overlapping))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
