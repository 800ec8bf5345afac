package io.cityservices.core.http;

import java.util.Objects;

/**
 * The static description of one platform operation, declared once per operation by a service
 * module, the way an API reference lists it: name, service (the department kind), method, path
 * template and the properties the transport acts on.
 *
 * @param name the operation's name as used in logs and errors, e.g. {@code payFine}
 * @param service the department kind it belongs to ({@code traffic}, {@code utilities},
 *     {@code health}, or {@code platform} for city-independent calls); with the city it keys the
 *     circuit breaker
 * @param method the HTTP method
 * @param pathTemplate the path under the base URL with {@code {name}} placeholders
 * @param kind what sort of call it is, which decides idempotency keys, signatures and caching
 * @param citizen whether the call acts for a citizen and must carry that citizen's token
 */
public record Operation(
    String name, String service, String method, String pathTemplate, Kind kind, boolean citizen) {

  /** What sort of call an operation is. */
  public enum Kind {
    /** A read of data about the caller or a citizen: retried, never cached across citizens. */
    READ,
    /** A read of public reference data: retried, cached per HTTP caching, coalesced. */
    PUBLIC_READ,
    /** A change that is idempotent by its nature (PUT, DELETE): retried. */
    IDEMPOTENT_WRITE,
    /** A POST that creates something: carries an idempotency key, retried with the same key. */
    CREATE,
    /**
     * A POST that is neither keyed nor retried by the transport, such as a token request, whose
     * one-time client assertion must be fresh for every attempt.
     */
    ACTION,
    /**
     * A POST that moves money or gives consent: carries an idempotency key and a second,
     * asymmetric signature for non-repudiation; its result is signed by the platform's key.
     */
    PAYMENT
  }

  /**
   * Checks that the operation is fully described.
   *
   * @param name the operation's name for logs and errors
   * @param service the department kind, or {@code platform}
   * @param method the HTTP method, upper case
   * @param pathTemplate the path with {@code {name}} placeholders
   * @param kind what sort of call it is
   * @param citizen whether the call carries a citizen's token
   * @throws NullPointerException if any argument but {@code citizen} is null
   */
  public Operation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * A citizen-scoped GET.
   *
   * @param name the operation's name for logs and errors, e.g. {@code listViolations}
   * @param service the department kind, e.g. {@code traffic}
   * @param pathTemplate the path with {@code {name}} placeholders, e.g. {@code
   *     /v1/cities/{city}/traffic/violations}
   * @return a {@link Kind#READ} operation that carries the citizen's token
   */
  public static Operation read(String name, String service, String pathTemplate) {
    return new Operation(name, service, "GET", pathTemplate, Kind.READ, true);
  }

  /**
   * A GET of public, cacheable reference data that needs only the app's token.
   *
   * @param name the operation's name for logs and errors, e.g. {@code listOffices}
   * @param service the department kind, or {@code platform} for city-independent data
   * @param pathTemplate the path with {@code {name}} placeholders
   * @return a {@link Kind#PUBLIC_READ} operation sent with the app's token
   */
  public static Operation publicRead(String name, String service, String pathTemplate) {
    return new Operation(name, service, "GET", pathTemplate, Kind.PUBLIC_READ, false);
  }

  /**
   * A citizen-scoped POST that creates something, idempotent through its key.
   *
   * @param name the operation's name for logs and errors, e.g. {@code bookAppointment}
   * @param service the department kind, e.g. {@code health}
   * @param pathTemplate the path with {@code {name}} placeholders
   * @return a {@link Kind#CREATE} operation that carries the citizen's token and an idempotency key
   */
  public static Operation create(String name, String service, String pathTemplate) {
    return new Operation(name, service, "POST", pathTemplate, Kind.CREATE, true);
  }

  /**
   * A citizen-scoped POST that moves money or gives consent.
   *
   * @param name the operation's name for logs and errors, e.g. {@code payFine}
   * @param service the department kind, e.g. {@code traffic}
   * @param pathTemplate the path with {@code {name}} placeholders
   * @return a {@link Kind#PAYMENT} operation: keyed, signed twice, with a platform-signed result
   */
  public static Operation payment(String name, String service, String pathTemplate) {
    return new Operation(name, service, "POST", pathTemplate, Kind.PAYMENT, true);
  }

  /**
   * An app-level POST that is never retried by the transport.
   *
   * @param name the operation's name for logs and errors, e.g. {@code requestToken}
   * @param service the department kind, or {@code platform}
   * @param pathTemplate the path with {@code {name}} placeholders
   * @return an {@link Kind#ACTION} operation sent once with the app's token
   */
  public static Operation action(String name, String service, String pathTemplate) {
    return new Operation(name, service, "POST", pathTemplate, Kind.ACTION, false);
  }

  /**
   * A citizen-scoped DELETE or PUT, idempotent by its nature.
   *
   * @param name the operation's name for logs and errors, e.g. {@code removePatient}
   * @param service the department kind, e.g. {@code health}
   * @param method {@code DELETE} or {@code PUT}
   * @param pathTemplate the path with {@code {name}} placeholders
   * @return an {@link Kind#IDEMPOTENT_WRITE} operation that carries the citizen's token
   */
  public static Operation idempotentWrite(
      String name, String service, String method, String pathTemplate) {
    return new Operation(name, service, method, pathTemplate, Kind.IDEMPOTENT_WRITE, true);
  }

  /**
   * The same operation acting for the app itself rather than a citizen.
   *
   * @return a copy with {@link #citizen()} false and every other component unchanged
   */
  public Operation withoutCitizen() {
    return new Operation(name, service, method, pathTemplate, kind, false);
  }

  /**
   * True when the call carries an {@code Idempotency-Key}.
   *
   * @return true for {@link Kind#CREATE} and {@link Kind#PAYMENT}
   */
  public boolean needsIdempotencyKey() {
    return kind == Kind.CREATE || kind == Kind.PAYMENT;
  }

  /**
   * True when the call needs the second, asymmetric signature and a platform-signed result.
   *
   * @return true for {@link Kind#PAYMENT} only
   */
  public boolean movesMoney() {
    return kind == Kind.PAYMENT;
  }
}
