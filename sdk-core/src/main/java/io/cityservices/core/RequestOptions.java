package io.cityservices.core;

import io.cityservices.core.auth.CitizenToken;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Per-call options: the citizen acted for, a whole-call timeout, an idempotency key of the
 * caller's own and extra headers. Immutable; {@link #none()} is the empty set.
 *
 * <pre>{@code
 * RequestOptions opts = RequestOptions.builder()
 *     .citizen(token)
 *     .timeout(Duration.ofSeconds(5))
 *     .idempotencyKey(orderId)
 *     .build();
 * }</pre>
 *
 * @param citizen the citizen the call acts for, or null for app-level calls
 * @param timeout the whole-call deadline (every attempt and wait), or null for the client default
 * @param idempotencyKey the key for a create or pay call, or null to let the SDK generate one
 * @param headers extra headers to send; they cannot replace the SDK's own protocol headers
 */
public record RequestOptions(
    @Nullable CitizenToken citizen,
    @Nullable Duration timeout,
    @Nullable String idempotencyKey,
    Map<String, String> headers) {

  private static final RequestOptions NONE = new RequestOptions(null, null, null, Map.of());

  /** Headers the SDK owns: a caller-supplied value would break auth, signing or idempotency. */
  private static final Set<String> RESERVED =
      Set.of(
          "authorization",
          "x-citizen-token",
          "signature",
          "signature-input",
          "content-digest",
          "idempotency-key",
          "x-request-id",
          "content-type",
          "content-length",
          "host");

  /**
   * Copies the headers and checks the values.
   *
   * @param citizen the citizen acted for, or null
   * @param timeout the whole-call deadline, positive, or null for the client default
   * @param idempotencyKey 1 to 255 characters, or null to let the SDK generate one
   * @param headers extra headers, or null for none; copied
   * @throws IllegalArgumentException if a header is one the SDK sets itself (such as {@code
   *     Authorization} or {@code Idempotency-Key}), the timeout is not positive, or the key is
   *     blank or longer than 255 characters
   */
  public RequestOptions {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    for (String name : headers.keySet()) {
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "header " + name + " is set by the SDK and cannot be overridden");
      }
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
      throw new IllegalArgumentException("idempotency key must be 1 to 255 characters");
    }
  }

  /**
   * No options: app-level call, client default timeout, generated idempotency key.
   *
   * @return the shared empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Options acting for {@code citizen}, otherwise defaults.
   *
   * @param citizen the citizen's token, or null for an app-level call
   * @return options with only {@link #citizen()} set
   */
  public static RequestOptions forCitizen(CitizenToken citizen) {
    return builder().citizen(citizen).build();
  }

  /**
   * A builder with no options set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled with these options.
   *
   * @return a new builder holding this value's citizen, timeout, key and headers
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.citizen = citizen;
    b.timeout = timeout;
    b.idempotencyKey = idempotencyKey;
    b.headers.putAll(headers);
    return b;
  }

  /**
   * The citizen acted for, when there is one.
   *
   * @return {@link #citizen()}, or empty for an app-level call
   */
  public Optional<CitizenToken> citizenOptional() {
    return Optional.ofNullable(citizen);
  }

  @Override
  public String toString() {
    return "RequestOptions[citizen="
        + citizen
        + ", timeout="
        + timeout
        + ", idempotencyKey="
        + (idempotencyKey == null ? null : "present")
        + ", headers="
        + headers.keySet()
        + "]";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private @Nullable CitizenToken citizen;
    private @Nullable Duration timeout;
    private @Nullable String idempotencyKey;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Acts for this citizen: the call carries their token.
     *
     * @param citizen the citizen's token, or null for an app-level call
     * @return this builder
     */
    public Builder citizen(@Nullable CitizenToken citizen) {
      this.citizen = citizen;
      return this;
    }

    /**
     * The whole-call deadline, covering every attempt and back-off wait.
     *
     * @param timeout positive, or null for the client's {@link ClientConfiguration#callTimeout()}
     * @return this builder
     */
    public Builder timeout(@Nullable Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Your own idempotency key for a create or pay call (for example your order id), so that a
     * retry after your process restarts is still recognised by the platform. Ignored by reads.
     *
     * @param idempotencyKey 1 to 255 characters, or null to let the SDK generate one
     * @return this builder
     */
    public Builder idempotencyKey(@Nullable String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * An extra header (for example a tracing header).
     *
     * @param name the header name; not one the SDK sets itself, such as {@code Authorization}
     * @param value the header value; not null
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return new options with this builder's values
     * @throws IllegalArgumentException if a value is invalid (see {@link RequestOptions})
     */
    public RequestOptions build() {
      return new RequestOptions(citizen, timeout, idempotencyKey, headers);
    }
  }
}
