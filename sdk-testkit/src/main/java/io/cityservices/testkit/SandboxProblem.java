package io.cityservices.testkit;

import io.cityservices.core.error.FieldViolation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by handlers (and the pipeline) to answer with an RFC 9457 problem. The static factories cover
 * the platform's codes so that every module spells them the same way.
 */
public final class SandboxProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status, e.g. 404. */
  private final int status;
  /** The platform's stable error code, e.g. {@code not_found}. */
  private final String code;
  /** The problem type's short summary. */
  private final String title;
  private final transient List<FieldViolation> errors;
  private final transient Map<String, Object> extensions;
  private final transient Map<String, String> headers;

  /**
   * A problem.
   *
   * @param status HTTP status
   * @param code the platform's stable error code
   * @param title a short summary of the problem type
   * @param detail what went wrong this time (never personal data in clear)
   * @param errors field violations, possibly empty
   * @param extensions extra members of the problem body, e.g. {@code department}
   * @param headers extra response headers, e.g. {@code Retry-After}
   */
  public SandboxProblem(
      int status, String code, String title, String detail, List<FieldViolation> errors,
      Map<String, Object> extensions, Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.extensions = Map.copyOf(extensions);
    this.headers = Map.copyOf(headers);
  }

  private static SandboxProblem simple(int status, String code, String title, String detail) {
    return new SandboxProblem(status, code, title, detail, List.of(), Map.of(), Map.of());
  }

  /**
   * 400 {@code validation_failed} naming one field.
   *
   * @param field the field's JSON path, e.g. {@code partner.id_number}
   * @param message what is wrong, without the rejected value
   * @return the problem, to throw
   */
  public static SandboxProblem validation(String field, String message) {
    return validation(List.of(new FieldViolation(field, message)));
  }

  /**
   * 400 {@code validation_failed} naming each field.
   *
   * @param violations every broken field, in the order found
   * @return the problem, to throw
   */
  public static SandboxProblem validation(List<FieldViolation> violations) {
    return new SandboxProblem(400, "validation_failed", "Validation failed",
        "the request has invalid fields", violations, Map.of(), Map.of());
  }

  /**
   * 401 {@code invalid_client}: the app could not be authenticated.
   *
   * @param detail why authentication failed
   * @return the problem, to throw
   */
  public static SandboxProblem invalidClient(String detail) {
    return simple(401, "invalid_client", "Invalid client", detail);
  }

  /**
   * 401 {@code invalid_token}, with {@code WWW-Authenticate: Bearer error="invalid_token"}.
   *
   * @param detail why the token is refused (missing, unknown, expired, revoked)
   * @return the problem, to throw
   */
  public static SandboxProblem invalidToken(String detail) {
    return new SandboxProblem(401, "invalid_token", "Invalid token", detail, List.of(), Map.of(),
        Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
  }

  /**
   * 401 {@code invalid_citizen_token}: the app's token is fine but the citizen's is missing, unknown
   * or expired. No bearer challenge, so that clients do not needlessly replace the app token.
   *
   * @param detail why the citizen token is refused
   * @return the problem, to throw
   */
  public static SandboxProblem invalidCitizenToken(String detail) {
    return new SandboxProblem(401, "invalid_citizen_token", "Invalid citizen token", detail, List.of(), Map.of(), Map.of());
  }

  /**
   * 401 {@code signature_invalid}.
   *
   * @param detail which check failed (digest, signature, key, clock skew)
   * @return the problem, to throw
   */
  public static SandboxProblem signatureInvalid(String detail) {
    return simple(401, "signature_invalid", "Signature invalid", detail);
  }

  /**
   * 403 {@code forbidden}.
   *
   * @param detail what the caller may not do
   * @return the problem, to throw
   */
  public static SandboxProblem forbidden(String detail) {
    return simple(403, "forbidden", "Forbidden", detail);
  }

  /**
   * 400 {@code invalid_scope} (RFC 6749 5.2): the token request asks for a scope the platform does not know.
   *
   * @param detail the unknown scope and why it is refused
   * @return the problem, to throw
   */
  public static SandboxProblem invalidScope(String detail) {
    return simple(400, "invalid_scope", "Invalid scope", detail);
  }

  /**
   * 403 {@code insufficient_scope} (RFC 6750 3.1), with its bearer challenge: the app's token was not
   * granted the scope the route needs.
   *
   * @param scope the scope the route needs, named in the detail and the challenge
   * @return the problem, to throw
   */
  public static SandboxProblem insufficientScope(String scope) {
    return new SandboxProblem(403, "insufficient_scope", "Insufficient scope",
        "the access token was not granted the scope " + scope, List.of(), Map.of(),
        Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + scope + "\""));
  }

  /**
   * 404 {@code not_found}.
   *
   * @param detail what was not found, e.g. {@code no such hospital}
   * @return the problem, to throw
   */
  public static SandboxProblem notFound(String detail) {
    return simple(404, "not_found", "Not found", detail);
  }

  /**
   * 404 {@code service_not_offered}: the city does not offer the service.
   *
   * @param department the city and service, echoed in the {@code department} member
   * @return the problem, to throw
   */
  public static SandboxProblem serviceNotOffered(Department department) {
    return new SandboxProblem(404, "service_not_offered", "Service not offered",
        "city " + department.city().value() + " does not offer " + department.name(), List.of(),
        Map.of("department", departmentMember(department)), Map.of());
  }

  /**
   * 409 {@code conflict}.
   *
   * @param detail the state that forbids the change
   * @return the problem, to throw
   */
  public static SandboxProblem conflict(String detail) {
    return simple(409, "conflict", "Conflict", detail);
  }

  /**
   * 409 {@code idempotency_in_flight}.
   *
   * @return the problem, to throw
   */
  public static SandboxProblem idempotencyInFlight() {
    return simple(409, "idempotency_in_flight", "Idempotent request in flight",
        "a request with this Idempotency-Key is still being processed");
  }

  /**
   * 422 {@code idempotency_key_reused}.
   *
   * @return the problem, to throw
   */
  public static SandboxProblem idempotencyKeyReused() {
    return simple(422, "idempotency_key_reused", "Idempotency key reused",
        "this Idempotency-Key was used with a different request");
  }

  /**
   * 429 {@code rate_limited} with {@code Retry-After} in whole seconds (at least 1).
   *
   * @param retryAfter how long until the next request would be allowed; rounded up to seconds
   * @param detail which limit was hit
   * @return the problem, to throw
   */
  public static SandboxProblem rateLimited(Duration retryAfter, String detail) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return new SandboxProblem(429, "rate_limited", "Too many requests", detail, List.of(), Map.of(),
        Map.of("Retry-After", Long.toString(seconds)));
  }

  /**
   * 503 {@code department_unavailable}, naming the department.
   *
   * @param department the city and service with an injected outage
   * @return the problem, to throw
   */
  public static SandboxProblem departmentUnavailable(Department department) {
    return new SandboxProblem(503, "department_unavailable", "Department unavailable",
        "the " + department.name() + " department of " + department.city().value() + " is unavailable",
        List.of(), Map.of("department", departmentMember(department)), Map.of());
  }

  private static Map<String, String> departmentMember(Department department) {
    Map<String, String> member = new LinkedHashMap<>();
    member.put("city_code", department.city().value());
    member.put("service", department.name().value());
    return member;
  }

  /**
   * The HTTP status.
   *
   * @return the status, e.g. 404
   */
  public int status() {
    return status;
  }

  /**
   * The stable error code.
   *
   * @return the code, e.g. {@code not_found}
   */
  public String code() {
    return code;
  }

  /**
   * The problem type's title.
   *
   * @return the title, the same for every problem with this code
   */
  public String title() {
    return title;
  }

  /**
   * The field violations.
   *
   * @return the violations, empty unless the code is {@code validation_failed}
   */
  public List<FieldViolation> errors() {
    return errors;
  }

  /**
   * Extra members of the problem body.
   *
   * @return the extra members by name, possibly empty
   */
  public Map<String, Object> extensions() {
    return extensions;
  }

  /**
   * Extra response headers.
   *
   * @return the headers by name, possibly empty
   */
  public Map<String, String> headers() {
    return headers;
  }
}
