package io.cityservices.core.internal.signing;

import static io.cityservices.core.internal.signing.SignatureFailures.failure;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.signing.SignatureErrors;
import io.cityservices.core.signing.VerificationKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Verifies RFC 9421 signatures: parses {@code Signature-Input} and {@code Signature}, picks a signature
 * (the configured label, or else the first whose {@code keyid} the resolver knows), checks the
 * required components are covered, checks {@code created}/{@code expires} against the clock, rebuilds
 * the signature base and checks the signature.
 *
 * <pre>{@code
 * MessageVerifier verifier = MessageVerifier.builder(Jwks.resolver(Jwks.parse(jwksJson))).build();
 * VerifiedSignature v = verifier.verifyWithDigest(SignatureComponents.forResponse(200, headers::get), body);
 * }</pre>
 *
 * <p>Every failure is a {@link SignatureException} whose code is one of {@link SignatureErrors}.
 * Immutable and thread-safe (provided the key resolver is).
 */
public final class MessageVerifier {

  private final Function<String, Optional<VerificationKey>> keyResolver;
  private final Clock clock;
  private final Duration maxAge;
  private final Duration clockSkew;
  private final @Nullable String label;
  private final Set<ComponentId> required;
  private final @Nullable String tag;
  private final List<String> requiredParameters;

  private MessageVerifier(Builder b) {
    this.tag = b.tag;
    this.requiredParameters = List.copyOf(b.requiredParameters);
    this.keyResolver = b.keyResolver;
    this.clock = b.clock;
    this.maxAge = b.maxAge;
    this.clockSkew = b.clockSkew;
    this.label = b.label;
    this.required = Set.copyOf(b.required);
  }

  /**
   * Starts a verifier that finds keys by key id. Defaults: UTC system clock, signatures at most five
   * minutes old, 30 seconds of clock skew, any label, no required components.
   *
   * @param keyResolver maps a signature's {@code keyid} to its key, or to empty when unknown; not
   *     null, and thread-safe if the verifier is shared
   * @return a new builder with the defaults above
   */
  public static Builder builder(Function<String, Optional<VerificationKey>> keyResolver) {
    return new Builder(keyResolver);
  }

  /**
   * Verifies the message's signature, requiring the components configured on the builder.
   *
   * @param message the received message's components and headers
   * @return the label, key, algorithm, creation time and covered components of the signature that
   *     verified
   * @throws SignatureException if it does not verify; the code says why
   */
  public VerifiedSignature verify(SignatureComponents message) {
    return verify(message, List.of());
  }

  /**
   * Verifies the message's signature, requiring the builder's components plus {@code requiredComponents}
   * (for example {@code content-digest} when the message has a body).
   *
   * @param message the received message's components and headers
   * @param requiredComponents component identifiers such as {@code content-digest} or {@code
   *     "@method"}, on top of the builder's; may be empty
   * @return the label, key, algorithm, creation time and covered components of the signature that
   *     verified
   * @throws SignatureException if it does not verify; the code says why
   * @throws IllegalArgumentException if a required component identifier is malformed
   */
  public VerifiedSignature verify(SignatureComponents message, Collection<String> requiredComponents) {
    Set<ComponentId> mustCover = new LinkedHashSet<>(required);
    for (String id : requiredComponents) {
      mustCover.add(ComponentId.parse(id));
    }
    Map<String, Object> inputs = dictionary(message, "signature-input");
    Map<String, Object> signatures = dictionary(message, "signature");
    Candidate chosen = choose(inputs);
    for (String parameter : requiredParameters) {
      if (!chosen.input.parameters().containsKey(parameter)) {
        throw failure(SignatureErrors.SIGNATURE_MALFORMED,
            "signature " + chosen.label + " has no " + parameter + " parameter");
      }
    }
    byte[] signature = signatureBytes(signatures, chosen.label);
    String alg = stringParam(chosen.input, "alg", false);
    if (alg != null && !alg.equals(chosen.key.algorithm().identifier())) {
      throw failure(SignatureErrors.ALGORITHM_MISMATCH, "signature " + chosen.label + " declares alg " + alg
          + " but key " + chosen.key.keyId() + " is " + chosen.key.algorithm().identifier());
    }
    List<ComponentId> covered = coveredComponents(chosen);
    for (ComponentId id : mustCover) {
      if (!covered.contains(id)) {
        throw failure(SignatureErrors.COMPONENT_NOT_COVERED,
            "signature " + chosen.label + " does not cover " + id.serialize());
      }
    }
    Instant created = checkTimes(chosen);
    String base;
    try {
      base = SignatureBase.build(covered, StructuredFields.serializeInnerList(chosen.input), message);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw failure(SignatureErrors.COMPONENT_MISSING, "signature " + chosen.label + ": " + e.getMessage());
    }
    if (!chosen.key.verify(base.getBytes(StandardCharsets.UTF_8), signature)) {
      throw failure(SignatureErrors.SIGNATURE_INVALID, "signature " + chosen.label + " with key "
          + chosen.key.keyId() + " does not verify");
    }
    List<String> names = new ArrayList<>(covered.size());
    for (ComponentId id : covered) {
      names.add(id.serialize());
    }
    return new VerifiedSignature(chosen.label, chosen.key.keyId(), chosen.key.algorithm(), created, names);
  }

  /**
   * Verifies the signature, requiring it to cover {@code content-digest}, then checks
   * {@code Content-Digest} against the body. The signature is checked first so that the digest being
   * compared is itself authenticated.
   *
   * @param body the received body bytes; null or an empty array for a message without content
   * @param message the received message's components and headers
   * @return the verified signature, which covers {@code content-digest}
   * @throws SignatureException if either check fails
   */
  public VerifiedSignature verifyWithDigest(SignatureComponents message, byte @Nullable [] body) {
    VerifiedSignature verified = verify(message, List.of("content-digest"));
    ContentDigest.verify(message.header("content-digest").orElse(null), body);
    return verified;
  }

  private record Candidate(String label, StructuredFields.InnerList input, VerificationKey key) {}

  private static Map<String, Object> dictionary(SignatureComponents message, String header) {
    String value = message.header(header).orElse(null);
    if (value == null || value.isBlank()) {
      throw failure(SignatureErrors.SIGNATURE_MISSING, "the message has no " + header + " header");
    }
    try {
      return StructuredFields.parseDictionary(value);
    } catch (IllegalArgumentException e) {
      throw failure(SignatureErrors.SIGNATURE_MALFORMED, header + " is malformed: " + e.getMessage());
    }
  }

  private Candidate choose(Map<String, Object> inputs) {
    if (label != null) {
      Object member = inputs.get(label);
      if (member == null) {
        throw failure(SignatureErrors.SIGNATURE_MISSING, "no signature labelled " + label);
      }
      StructuredFields.InnerList input = innerList(label, member);
      if (tag != null && !tag.equals(input.parameters().get("tag"))) {
        throw failure(SignatureErrors.SIGNATURE_MISSING, "signature " + label + " is not tagged " + tag);
      }
      String keyId = stringParam(input, "keyid", true);
      VerificationKey key = keyResolver.apply(keyId).orElseThrow(
          () -> failure(SignatureErrors.KEY_UNKNOWN, "unknown key id " + keyId + " in signature " + label));
      return new Candidate(label, input, key);
    }
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, Object> member : inputs.entrySet()) {
      StructuredFields.InnerList input = innerList(member.getKey(), member.getValue());
      if (tag != null && !tag.equals(input.parameters().get("tag"))) {
        continue;
      }
      String keyId = stringParam(input, "keyid", true);
      Optional<VerificationKey> key = keyResolver.apply(keyId);
      if (key.isPresent()) {
        return new Candidate(member.getKey(), input, key.get());
      }
      unknown.add(keyId);
    }
    if (unknown.isEmpty() && tag != null) {
      throw failure(SignatureErrors.SIGNATURE_MISSING, "no signature is tagged " + tag);
    }
    throw failure(SignatureErrors.KEY_UNKNOWN, "no signature names a known key id; saw " + unknown);
  }

  private static StructuredFields.InnerList innerList(String label, Object member) {
    if (!(member instanceof StructuredFields.InnerList list)) {
      throw failure(SignatureErrors.SIGNATURE_MALFORMED, "Signature-Input member " + label + " is not an inner list");
    }
    return list;
  }

  private static byte[] signatureBytes(Map<String, Object> signatures, String label) {
    Object member = signatures.get(label);
    if (member == null) {
      throw failure(SignatureErrors.SIGNATURE_MISSING, "Signature has no member " + label);
    }
    if (!(member instanceof StructuredFields.Item item)
        || !(item.value() instanceof StructuredFields.ByteSequence bytes)) {
      throw failure(SignatureErrors.SIGNATURE_MALFORMED, "Signature member " + label + " is not a byte sequence");
    }
    return bytes.bytes();
  }

  private static @Nullable String stringParam(
      StructuredFields.InnerList input, String name, boolean requiredParam) {
    Object value = input.parameters().get(name);
    if (value == null && !requiredParam) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw failure(SignatureErrors.SIGNATURE_MALFORMED, "signature parameter " + name + " must be a string");
    }
    return s;
  }

  private static List<ComponentId> coveredComponents(Candidate chosen) {
    List<ComponentId> covered = new ArrayList<>(chosen.input.items().size());
    for (StructuredFields.Item item : chosen.input.items()) {
      try {
        covered.add(new ComponentId(item));
      } catch (IllegalArgumentException e) {
        throw failure(SignatureErrors.COMPONENT_MISSING, "signature " + chosen.label + ": " + e.getMessage());
      }
    }
    return covered;
  }

  private Instant checkTimes(Candidate chosen) {
    Object createdParam = chosen.input.parameters().get("created");
    if (!(createdParam instanceof Long createdSeconds)) {
      throw failure(SignatureErrors.SIGNATURE_MALFORMED, "signature " + chosen.label + " has no integer created");
    }
    Instant now = clock.instant();
    Instant created = Instant.ofEpochSecond(createdSeconds);
    if (created.isAfter(now.plus(clockSkew))) {
      throw failure(SignatureErrors.SIGNATURE_NOT_YET_VALID,
          "signature " + chosen.label + " was created in the future (" + created + ", now " + now + ")");
    }
    if (created.isBefore(now.minus(maxAge).minus(clockSkew))) {
      throw failure(SignatureErrors.SIGNATURE_EXPIRED,
          "signature " + chosen.label + " is too old (" + created + ", now " + now + ")");
    }
    Object expires = chosen.input.parameters().get("expires");
    if (expires != null) {
      if (!(expires instanceof Long expiresSeconds)) {
        throw failure(SignatureErrors.SIGNATURE_MALFORMED, "signature " + chosen.label + " has a non-integer expires");
      }
      if (!now.minus(clockSkew).isBefore(Instant.ofEpochSecond(expiresSeconds))) {
        throw failure(SignatureErrors.SIGNATURE_EXPIRED, "signature " + chosen.label + " expired at "
            + Instant.ofEpochSecond(expiresSeconds));
      }
    }
    return created;
  }

  /** Configures a {@link MessageVerifier}. Not thread-safe; build once and share the verifier. */
  public static final class Builder {
    private final Function<String, Optional<VerificationKey>> keyResolver;
    private Clock clock = Clock.systemUTC();
    private Duration maxAge = Duration.ofMinutes(5);
    private Duration clockSkew = Duration.ofSeconds(30);
    private @Nullable String label;
    private final Set<ComponentId> required = new LinkedHashSet<>();
    private @Nullable String tag;
    private final List<String> requiredParameters = new ArrayList<>();

    private Builder(Function<String, Optional<VerificationKey>> keyResolver) {
      this.keyResolver = Objects.requireNonNull(keyResolver, "keyResolver");
    }

    /**
     * The clock that {@code created} and {@code expires} are checked against.
     *
     * @param clock the clock to read now from; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How old {@code created} may be (beyond the clock skew).
     *
     * @param maxAge the greatest accepted age of {@code created}; zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAge} is negative
     */
    public Builder maxAge(Duration maxAge) {
      if (maxAge.isNegative()) {
        throw new IllegalArgumentException("maxAge must not be negative");
      }
      this.maxAge = maxAge;
      return this;
    }

    /**
     * How far clocks may disagree: {@code created} may lie this far in the future.
     *
     * @param clockSkew the tolerated clock difference either way; zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code clockSkew} is negative
     */
    public Builder clockSkew(Duration clockSkew) {
      if (clockSkew.isNegative()) {
        throw new IllegalArgumentException("clockSkew must not be negative");
      }
      this.clockSkew = clockSkew;
      return this;
    }

    /**
     * Verifies only the signature with this label, instead of choosing by key id.
     *
     * @param label the signature label, an RFC 8941 key such as {@code sig1}
     * @return this builder
     * @throws IllegalArgumentException if {@code label} is not a valid structured-field key
     */
    public Builder label(String label) {
      this.label = StructuredFields.checkKey(label);
      return this;
    }

    /**
     * Components every verified signature must cover, e.g. {@code @method}, {@code @target-uri}.
     *
     * @param ids component identifiers in RFC 9421 form; added to those already required
     * @return this builder
     * @throws IllegalArgumentException if one is malformed
     */
    public Builder requiredComponents(String... ids) {
      for (String id : ids) {
        required.add(ComponentId.parse(id));
      }
      return this;
    }

    /**
     * Considers only signatures whose {@code tag} parameter is {@code tag} (RFC 9421 §2.3: the
     * application profile), so that a signature made for another purpose with the same key is never
     * accepted for this one.
     *
     * @param tag the required value of the {@code tag} parameter; not null
     * @return this builder
     */
    public Builder tag(String tag) {
      this.tag = Objects.requireNonNull(tag, "tag");
      return this;
    }

    /**
     * Signature parameters every verified signature must carry, for example {@code nonce} or
     * {@code alg}; a signature without one fails with {@link SignatureErrors#SIGNATURE_MALFORMED}.
     *
     * @param names parameter names such as {@code nonce}; added to those already required
     * @return this builder
     * @throws IllegalArgumentException if a name is not a valid structured-field key
     */
    public Builder requiredParameters(String... names) {
      for (String name : names) {
        requiredParameters.add(StructuredFields.checkKey(name));
      }
      return this;
    }

    /**
     * Builds the immutable verifier.
     *
     * @return a new verifier; the builder may be changed afterwards without affecting it
     */
    public MessageVerifier build() {
      return new MessageVerifier(this);
    }
  }
}
