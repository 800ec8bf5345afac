package io.cityservices.core.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.signing.MessageVerifier;
import io.cityservices.core.signing.SignatureComponents;
import io.cityservices.core.signing.VerificationKey;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks and reads an incoming platform event. Give it the raw body bytes exactly as received (not
 * a re-serialised JSON object: the digest covers the bytes) and the request headers. It verifies
 * the platform's RFC 9421 signature ({@code rsa-pss-sha512} by a key published at {@code GET
 * /v1/keys}, refetched once on an unknown key id), the RFC 9530 content digest, and that the
 * signature was created within the tolerance of the clock; then it parses the envelope and asks
 * the {@link EventDeduplicator} whether the event id is new. Thread-safe; obtain it from {@code
 * CityServices#webhooks()}.
 */
public final class WebhookVerifier {

  private final MessageVerifier verifier;
  private final ObjectMapper mapper;
  private final EventDeduplicator deduplicator;

  /**
   * @param platformKeys resolves a key id to the platform's public key
   * @param tolerance how far {@code created} may be from {@code clock}
   */
  public WebhookVerifier(
      Function<String, Optional<VerificationKey>> platformKeys,
      ObjectMapper mapper,
      EventDeduplicator deduplicator,
      Clock clock,
      Duration tolerance) {
    this.verifier =
        MessageVerifier.builder(platformKeys)
            .clock(clock)
            // The skew allowance applies both ways, which is exactly "within the tolerance".
            .maxAge(Duration.ZERO)
            .clockSkew(tolerance)
            .requiredComponents("content-digest")
            .build();
    this.mapper = mapper;
    this.deduplicator = deduplicator;
  }

  /**
   * Verifies and parses one delivery. Not idempotent by design: the second call with the same
   * event returns it marked {@link WebhookEvent#isDuplicate() duplicate}.
   *
   * @param body the raw request body
   * @param headers the request headers (any case)
   * @return the event
   * @throws SignatureException when the signature, digest or time check fails; do not process the
   *     event and answer 401
   * @throws IllegalArgumentException when a verified body is not an event envelope
   */
  public WebhookEvent verify(byte[] body, Map<String, String> headers) {
    Map<String, String> lower = new TreeMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    verifier.verifyWithDigest(
        SignatureComponents.forResponse(200, lower::get), body == null ? new byte[0] : body);
    JsonNode envelope;
    try {
      envelope = mapper.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("the event body is not JSON", e);
    }
    String id = text(envelope, "id");
    String type = text(envelope, "type");
    OffsetDateTime created = OffsetDateTime.parse(text(envelope, "created"));
    JsonNode cityNode = envelope.get("city");
    CityCode city =
        cityNode == null || cityNode.isNull() ? null : CityCode.of(cityNode.asText());
    JsonNode data = envelope.has("data") ? envelope.get("data") : mapper.createObjectNode();
    boolean duplicate = !deduplicator.firstSeen(id, created.toInstant());
    return new WebhookEvent(id, type, created, city, data, duplicate, mapper);
  }

  private static String text(JsonNode envelope, String field) {
    JsonNode node = envelope.get(field);
    if (node == null || !node.isTextual() || node.asText().isEmpty()) {
      throw new IllegalArgumentException("the event has no '" + field + "'");
    }
    return node.asText();
  }
}
