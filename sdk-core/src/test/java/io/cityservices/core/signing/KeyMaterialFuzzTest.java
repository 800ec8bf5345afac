package io.cityservices.core.signing;

import static io.cityservices.core.fuzz.Outcomes.onlyThrows;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** JWK, JWKS (as fetched from GET /v1/keys) and PEM: a bad document is an IllegalArgumentException. */
class KeyMaterialFuzzTest {

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "keys.dict")
  void keyDocumentsRefuseOnlyWithIllegalArgument(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    onlyThrows(() -> Jwks.parse(text), IllegalArgumentException.class);
    onlyThrows(() -> VerificationKey.fromJwk(text), IllegalArgumentException.class);
    onlyThrows(() -> SigningKey.fromJwk(text), IllegalArgumentException.class);
    for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
      if (algorithm != SignatureAlgorithm.HMAC_SHA256) {
        onlyThrows(() -> VerificationKey.fromPem("k", algorithm, text), IllegalArgumentException.class);
        onlyThrows(() -> SigningKey.fromPem("k", algorithm, text), IllegalArgumentException.class);
      }
    }
  }
}
