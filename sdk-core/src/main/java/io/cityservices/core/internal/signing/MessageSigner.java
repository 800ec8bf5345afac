package io.cityservices.core.internal.signing;

import io.cityservices.core.signing.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Signs HTTP messages per RFC 9421: builds the signature base over the configured components and
 * returns the {@code Signature-Input} and {@code Signature} header values.
 *
 * <pre>{@code
 * MessageSigner signer = MessageSigner.builder(key).label("sig1")
 *     .components("@method", "@target-uri", "content-digest").build();
 * SignatureHeaders h = signer.sign(SignatureComponents.forRequest("POST", url, headers::get));
 * }</pre>
 *
 * <p>If the message already carries {@code Signature-Input}/{@code Signature} (say {@code sig1}), the
 * result holds the earlier members followed by the new one ({@code sig1=..., sig2=...}).
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageSigner {

  private final SigningKey key;
  private final String label;
  private final List<ComponentId> components;
  private final String componentsSerialized;
  private final Clock clock;
  private final boolean includeAlgorithm;
  private final @Nullable Duration expiresAfter;
  private final @Nullable Supplier<String> nonce;
  private final @Nullable String tag;

  private MessageSigner(Builder b) {
    this.key = b.key;
    this.label = b.label;
    this.components = List.copyOf(b.components);
    this.clock = b.clock;
    this.includeAlgorithm = b.includeAlgorithm;
    this.expiresAfter = b.expiresAfter;
    this.nonce = b.nonce;
    this.tag = b.tag;
    this.componentsSerialized = componentList(Map.of());
  }

  /**
   * Starts a signer for a key; the label defaults to {@code sig1} and the clock to UTC system time.
   *
   * @param key the key that signs and whose id goes into {@code keyid}; not null
   * @return a new builder covering no components yet
   */
  public static Builder builder(SigningKey key) {
    return new Builder(key);
  }

  /**
   * The label this signer writes.
   *
   * @return the signature label, e.g. {@code sig1}
   */
  public String label() {
    return label;
  }

  /**
   * Signs a message.
   *
   * @param message the message; any existing {@code signature-input} and {@code signature} headers are
   *     read and kept
   * @return the header values to set on the message
   * @throws IllegalArgumentException if a covered component is absent from the message or unsupported
   * @throws IllegalStateException if the message already has a signature with this label, or its
   *     existing signature headers are malformed
   */
  public SignatureHeaders sign(SignatureComponents message) {
    String signatureParams = signatureParams();
    String base = SignatureBase.build(components, signatureParams, message);
    byte[] signature = key.sign(base.getBytes(StandardCharsets.UTF_8));
    String inputMember = label + '=' + signatureParams;
    String signatureMember = label + '=' + StructuredFields.serializeBytes(signature);
    String existingInput = message.header("signature-input").orElse(null);
    String existingSignature = message.header("signature").orElse(null);
    return new SignatureHeaders(
        append(existingInput, inputMember), append(existingSignature, signatureMember));
  }

  private String signatureParams() {
    long created = clock.instant().getEpochSecond();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("created", created);
    params.put("keyid", key.keyId());
    if (includeAlgorithm) {
      params.put("alg", key.algorithm().identifier());
    }
    if (expiresAfter != null) {
      params.put("expires", created + expiresAfter.toSeconds());
    }
    if (nonce != null) {
      params.put("nonce", nonce.get());
    }
    if (tag != null) {
      params.put("tag", tag);
    }
    return componentList(params);
  }

  private String componentList(Map<String, Object> params) {
    List<StructuredFields.Item> items = new ArrayList<>(components.size());
    for (ComponentId id : components) {
      items.add(id.item());
    }
    return StructuredFields.serializeInnerList(new StructuredFields.InnerList(items, params));
  }

  private String append(@Nullable String existing, String member) {
    if (existing == null || existing.isBlank()) {
      return member;
    }
    try {
      if (StructuredFields.parseDictionary(existing).containsKey(label)) {
        throw new IllegalStateException("the message already has a signature labelled " + label);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the message's existing signature headers are malformed", e);
    }
    return existing.strip() + ", " + member;
  }

  @Override
  public String toString() {
    return "MessageSigner[label=" + label + ", components=" + componentsSerialized + ", key=" + key + ']';
  }

  /** Configures a {@link MessageSigner}. Not thread-safe; build once and share the signer. */
  public static final class Builder {
    private final SigningKey key;
    private String label = "sig1";
    private final List<ComponentId> components = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private boolean includeAlgorithm = true;
    private @Nullable Duration expiresAfter;
    private @Nullable Supplier<String> nonce;
    private @Nullable String tag;

    private Builder(SigningKey key) {
      this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * The dictionary key of this signature, e.g. {@code sig1}.
     *
     * @param label the label, e.g. {@code sig1} or {@code payment}
     * @return this builder
     * @throws IllegalArgumentException if it is not a valid structured-field key
     */
    public Builder label(String label) {
      this.label = StructuredFields.checkKey(label);
      return this;
    }

    /**
     * Adds covered components, in order: derived ones such as {@code @method}, {@code @target-uri},
     * {@code @authority}, {@code @path}, {@code @query}, {@code @status}, lowercase header names, or a
     * serialised identifier such as {@code "@query-param";name="Pet"}.
     *
     * @param ids component identifiers in RFC 9421 form, appended to those already added
     * @return this builder
     * @throws IllegalArgumentException if one is malformed or uses an unsupported parameter
     */
    public Builder components(String... ids) {
      for (String id : ids) {
        components.add(ComponentId.parse(id));
      }
      return this;
    }

    /**
     * The clock whose current second becomes the {@code created} parameter.
     *
     * @param clock the clock to read now from; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether to send the {@code alg} parameter (default true; RFC 9421's examples omit it).
     *
     * @param include false to leave {@code alg} out
     * @return this builder
     */
    public Builder includeAlgorithm(boolean include) {
      this.includeAlgorithm = include;
      return this;
    }

    /**
     * Adds an {@code expires} parameter this long after {@code created}.
     *
     * @param lifetime how long a signature is valid after it is made; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code lifetime} is zero or negative
     */
    public Builder expiresAfter(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("the lifetime must be positive");
      }
      this.expiresAfter = lifetime;
      return this;
    }

    /**
     * Adds a {@code nonce} parameter, taking a fresh value from the supplier for every message.
     *
     * @param nonceSupplier called once per signed message for a fresh, unguessable value; not null
     * @return this builder
     */
    public Builder nonce(Supplier<String> nonceSupplier) {
      this.nonce = Objects.requireNonNull(nonceSupplier, "nonceSupplier");
      return this;
    }

    /**
     * Adds a {@code tag} parameter naming the application profile.
     *
     * @param tag the application profile, e.g. {@code city-services-webhook}; not null
     * @return this builder
     */
    public Builder tag(String tag) {
      this.tag = Objects.requireNonNull(tag, "tag");
      return this;
    }

    /**
     * Builds the immutable signer.
     *
     * @return a new signer; the builder may be changed afterwards without affecting it
     */
    public MessageSigner build() {
      return new MessageSigner(this);
    }
  }
}
