package io.cityservices.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.signing.SignatureAlgorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticates an app at the token endpoint: HTTP Basic with the client secret, or an RFC 7523 JWT
 * client assertion signed with the app's registered key (ES256 or EdDSA), whose {@code jti} may be used
 * only once.
 */
final class ClientAuthenticator {
  static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(5);
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final Map<String, SandboxApp> apps;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final Map<String, Instant> usedJtis = new ConcurrentHashMap<>();

  ClientAuthenticator(Map<String, SandboxApp> apps, Clock clock, ObjectMapper mapper) {
    this.apps = apps;
    this.clock = clock;
    this.mapper = mapper;
  }

  /**
   * The authenticated app.
   *
   * @param tokenUrl the audience a client assertion must name
   * @throws SandboxProblem {@code invalid_client} when authentication fails
   */
  SandboxApp authenticate(SandboxRequest request, Map<String, String> form, String tokenUrl) {
    Optional<String> basic = request.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6));
    if (basic.isPresent()) {
      return basic(basic.get().substring(6).trim());
    }
    if (JWT_BEARER.equals(form.get("client_assertion_type")) && form.get("client_assertion") != null) {
      return assertion(form.get("client_assertion"), tokenUrl);
    }
    throw SandboxProblem.invalidClient("client authentication is required (HTTP Basic or private_key_jwt)");
  }

  private SandboxApp basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw SandboxProblem.invalidClient("malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    SandboxApp app = colon < 0 ? null : apps.get(decoded.substring(0, colon));
    byte[] given = colon < 0 ? new byte[0] : decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    if (app == null || !MessageDigest.isEqual(app.clientSecret().getBytes(StandardCharsets.UTF_8), given)) {
      throw SandboxProblem.invalidClient("unknown client or wrong secret");
    }
    return app;
  }

  private SandboxApp assertion(String jwt, String tokenUrl) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw SandboxProblem.invalidClient("client_assertion is not a compact JWS");
    }
    JsonNode header = decodeJson(parts[0]);
    JsonNode claims = decodeJson(parts[1]);
    String clientId = claims.path("iss").asText(null);
    SandboxApp app = clientId == null ? null : apps.get(clientId);
    if (app == null || !clientId.equals(claims.path("sub").asText(null))) {
      throw SandboxProblem.invalidClient("iss and sub must both be a registered client_id");
    }
    SignatureAlgorithm algorithm = app.keyPair().algorithm();
    if (!algorithm.joseName().equals(header.path("alg").asText()) || !app.keyId().equals(header.path("kid").asText())) {
      throw SandboxProblem.invalidClient("alg and kid must name the app's registered key");
    }
    if (!verifies(app, (parts[0] + '.' + parts[1]).getBytes(StandardCharsets.US_ASCII), parts[2])) {
      throw SandboxProblem.invalidClient("client_assertion signature does not verify");
    }
    checkClaims(claims, tokenUrl);
    return app;
  }

  private void checkClaims(JsonNode claims, String tokenUrl) {
    JsonNode aud = claims.path("aud");
    boolean audienceOk = aud.isArray()
        ? java.util.stream.StreamSupport.stream(aud.spliterator(), false).anyMatch(a -> tokenUrl.equals(a.asText()))
        : tokenUrl.equals(aud.asText());
    if (!audienceOk) {
      throw SandboxProblem.invalidClient("aud must be " + tokenUrl);
    }
    Instant now = clock.instant();
    if (!claims.path("exp").canConvertToLong()) {
      throw SandboxProblem.invalidClient("exp is required");
    }
    Instant exp = Instant.ofEpochSecond(claims.path("exp").asLong());
    if (!exp.isAfter(now.minus(SKEW)) || exp.isAfter(now.plus(MAX_ASSERTION_LIFETIME).plus(SKEW))) {
      throw SandboxProblem.invalidClient("exp must be in the future and within five minutes");
    }
    String jti = claims.path("jti").asText("");
    if (jti.isEmpty()) {
      throw SandboxProblem.invalidClient("jti is required");
    }
    usedJtis.values().removeIf(until -> until.isBefore(now.minus(SKEW)));
    if (usedJtis.putIfAbsent(jti, exp) != null) {
      throw SandboxProblem.invalidClient("jti was already used (replayed client assertion)");
    }
  }

  /** JWS signatures of ES256 are raw r||s, the same P1363 form JCA's "inP1363Format" variant reads. */
  private static boolean verifies(SandboxApp app, byte[] signingInput, String signature) {
    String jca = switch (app.keyPair().algorithm()) {
      case ED25519 -> "Ed25519";
      case ECDSA_P256_SHA256 -> "SHA256withECDSAinP1363Format";
      default -> throw SandboxProblem.invalidClient("the app's key cannot sign client assertions");
    };
    try {
      Signature verifier = Signature.getInstance(jca);
      verifier.initVerify(app.keyPair().keyPair().getPublic());
      verifier.update(signingInput);
      return verifier.verify(Base64.getUrlDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private JsonNode decodeJson(String part) {
    try {
      return mapper.readTree(Base64.getUrlDecoder().decode(part));
    } catch (IOException | IllegalArgumentException e) {
      throw SandboxProblem.invalidClient("client_assertion is not valid base64url JSON");
    }
  }
}
