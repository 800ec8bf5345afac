package io.cityservices.core.internal.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.signing.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * Makes the short-lived JWT with which the app authenticates to the token endpoint
 * ({@code private_key_jwt}, RFC 7523 section 2.2): issuer and subject the client id, audience the
 * token endpoint, a unique id so it cannot be replayed, valid for one minute. JWS ES256 and EdDSA
 * use the same raw signature encodings as RFC 9421, so the app's signing key serves both.
 */
final class ClientAssertion {

  static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private ClientAssertion() {}

  static String create(
      ObjectMapper mapper, String clientId, String audience, SigningKey key, Clock clock) {
    ObjectNode header = mapper.createObjectNode();
    header.put("alg", key.algorithm().joseName());
    header.put("typ", "JWT");
    header.put("kid", key.keyId());
    long now = clock.instant().getEpochSecond();
    ObjectNode claims = mapper.createObjectNode();
    claims.put("iss", clientId);
    claims.put("sub", clientId);
    claims.put("aud", audience);
    claims.put("iat", now);
    claims.put("exp", now + LIFETIME.toSeconds());
    claims.put("jti", UUID.randomUUID().toString());
    String signingInput = encode(header) + "." + encode(claims);
    byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + B64.encodeToString(signature);
  }

  private static String encode(ObjectNode node) {
    return B64.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
  }
}
