package io.cityservices.core.webhook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.internal.signing.MessageVerifier;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.signing.VerificationKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks and reads an incoming platform event. The platform signs every delivery as an RFC 9421
 * <em>request</em> to the endpoint URL the app registered: the signature covers {@code @method},
 * {@code @target-uri} and {@code content-digest}, with the parameters {@code created},
 * {@code keyid}, {@code alg}, {@code nonce} (the delivery id) and {@code tag="city-services-webhook"},
 * made with {@code rsa-pss-sha512} by a key published at {@code GET /v1/keys} (refetched once on an
 * unknown key id). Because the target is covered, a captured delivery cannot be replayed to another
 * endpoint or another app.
 *
 * <p>Give {@link #verify} the raw body bytes exactly as received (not a re-serialised JSON object:
 * the digest covers the bytes) and the request headers. The delivery is verified as a {@code POST} to
 * the endpoint this verifier is bound to with {@link #forEndpoint}: the URL registered with the
 * platform, which behind a proxy or load balancer is the public URL, not the address the app listens
 * on (this is the explicit setting that lets a proxied app verify; the address a request arrived at
 * is never consulted). Then the signature's {@code created} must lie within
 * the tolerance of the clock, the envelope is parsed and the {@link EventDeduplicator} says whether
 * the event id is new. Thread-safe; obtain it with {@code
 * services.webhooks().forEndpoint(URI.create("https://app.example/hooks/city"))}.
 */
public final class WebhookVerifier {

  /** The {@code tag} parameter of every webhook signature (RFC 9421 §2.3). */
  public static final String TAG = "city-services-webhook";

  /** The code of a {@link ValidationException} for a verified delivery whose envelope is malformed. */
  public static final String EVENT_MALFORMED = "event_malformed";

  private final MessageVerifier verifier;
  private final ObjectMapper mapper;
  private final EventDeduplicator deduplicator;
  private final @Nullable String endpoint;

  /**
   * Makes a verifier not yet bound to an endpoint: bind it with {@link #forEndpoint} before
   * verifying.
   *
   * @param platformKeys resolves a key id to the platform's public key
   * @param deduplicator remembers the event ids already seen
   * @param clock the clock {@code created} is compared with
   * @param tolerance how far {@code created} may be from {@code clock}
   * @throws NullPointerException if an argument is null
   */
  public WebhookVerifier(
      Function<String, Optional<VerificationKey>> platformKeys,
      EventDeduplicator deduplicator,
      Clock clock,
      Duration tolerance) {
    this(
        MessageVerifier.builder(platformKeys)
            .clock(clock)
            // The skew allowance applies both ways, which is exactly "within the tolerance".
            .maxAge(Duration.ZERO)
            .clockSkew(tolerance)
            .tag(TAG)
            .requiredComponents("@method", "@target-uri", "content-digest")
            .requiredParameters("created", "keyid", "alg", "nonce")
            .build(),
        // The verifier's own mapper for the platform's JSON, never handed out.
        JsonMapperFactory.create(),
        deduplicator,
        null);
  }

  private WebhookVerifier(
      MessageVerifier verifier,
      ObjectMapper mapper,
      EventDeduplicator deduplicator,
      @Nullable String endpoint) {
    this.verifier = verifier;
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
    this.endpoint = endpoint;
  }

  /**
   * A verifier for deliveries to {@code endpoint}, the URL registered with the platform (behind a
   * proxy or load balancer: the public URL the platform posts to, not the local listener's). It
   * shares this one's keys, clock, tolerance and de-duplication; build it once per endpoint and keep
   * it.
   *
   * @param endpoint the registered endpoint URL, e.g. {@code https://app.example/hooks/city}
   * @return a verifier bound to {@code endpoint}
   * @throws IllegalArgumentException when {@code endpoint} is not an absolute http(s) URL
   */
  public WebhookVerifier forEndpoint(URI endpoint) {
    return new WebhookVerifier(verifier, mapper, deduplicator, targetUri(Objects.requireNonNull(endpoint, "endpoint")));
  }

  /**
   * The normalised endpoint URL deliveries must be signed for, if one is set.
   *
   * @return the {@link #targetUri} of the bound endpoint, or empty for an unbound verifier
   */
  public Optional<String> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /**
   * The {@code @target-uri} value of a delivery to {@code endpoint}, the same on both sides: scheme
   * and host in lower case, the default port (80, 443) and any fragment dropped, an empty path as
   * {@code /}, path and query otherwise as written.
   *
   * @param endpoint the endpoint URL
   * @return the normalised URL, e.g. {@code https://app.example/hooks/city}
   * @throws IllegalArgumentException when {@code endpoint} is not an absolute http(s) URL with a host
   */
  public static String targetUri(URI endpoint) {
    String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("https") && !scheme.equals("http")) || endpoint.getHost() == null
        || endpoint.getRawUserInfo() != null) {
      throw new IllegalArgumentException("a webhook endpoint must be an absolute http(s) URL with a host");
    }
    int port = endpoint.getPort();
    boolean defaultPort = port == -1 || (port == 443 && scheme.equals("https")) || (port == 80 && scheme.equals("http"));
    String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
    return scheme + "://" + endpoint.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
        + path + (endpoint.getRawQuery() == null ? "" : "?" + endpoint.getRawQuery());
  }

  /**
   * Verifies and parses one delivery. Not idempotent by design: the second call with the same
   * event returns it marked {@link WebhookEvent#isDuplicate() duplicate}.
   *
   * @param body the raw request body
   * @param headers the request headers (any case)
   * @return the event
   * @throws SignatureException when the signature, its target, digest or time check fails; do not
   *     process the event and answer 401
   * @throws ValidationException with code {@link #EVENT_MALFORMED}, naming the member, when a
   *     correctly signed body is not an event envelope (not JSON, or {@code id}, {@code type},
   *     {@code created} (RFC 3339) or {@code city} missing or malformed); answer 400
   * @throws IllegalStateException on a verifier not bound with {@link #forEndpoint}
   */
  public WebhookEvent verify(byte[] body, Map<String, String> headers) {
    if (endpoint == null) {
      throw new IllegalStateException(
          "no webhook endpoint bound: use webhooks().forEndpoint(registeredUrl)");
    }
    Map<String, String> lower = new TreeMap<>();
    if (headers != null) {
      headers.forEach((k, v) -> {
        if (k != null && v != null) {
          lower.merge(k.toLowerCase(Locale.ROOT), v, (a, b) -> a + ", " + b);
        }
      });
    }
    byte[] content = body == null ? new byte[0] : body;
    verifier.verifyWithDigest(SignatureComponents.forRequest("POST", endpoint, lower::get), content);
    JsonNode envelope;
    try {
      envelope = mapper.readTree(content);
    } catch (JacksonException e) {
      throw malformed("body", "is not JSON");
    } catch (java.io.IOException e) {
      throw malformed("body", "cannot be read");
    }
    if (envelope == null || !envelope.isObject()) {
      throw malformed("body", "is not a JSON object");
    }
    String id = text(envelope, "id");
    String type = text(envelope, "type");
    OffsetDateTime created;
    try {
      created = OffsetDateTime.parse(text(envelope, "created"));
    } catch (DateTimeParseException e) {
      throw malformed("created", "must be an RFC 3339 date-time with offset");
    }
    JsonNode cityNode = envelope.get("city");
    CityCode city;
    try {
      city = cityNode == null || cityNode.isNull() ? null : CityCode.of(cityNode.asText());
    } catch (IllegalArgumentException e) {
      throw malformed("city", "must be a six-digit city code");
    }
    JsonNode data = envelope.has("data") ? envelope.get("data") : mapper.createObjectNode();
    boolean duplicate = !deduplicator.firstSeen(id, created.toInstant());
    return new WebhookEvent(id, type, created, city, data, duplicate, mapper);
  }

  private static String text(JsonNode envelope, String field) {
    JsonNode node = envelope.get(field);
    if (node == null || !node.isTextual() || node.asText().isEmpty()) {
      throw malformed(field, "must be a non-empty string");
    }
    return node.asText();
  }

  static ValidationException malformed(String member, String message) {
    return new ValidationException("Malformed event: " + member + ": " + message, 0, EVENT_MALFORMED, null, null,
        List.of(new FieldViolation(member, message)), null);
  }
}
