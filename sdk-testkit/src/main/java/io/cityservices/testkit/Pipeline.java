package io.cityservices.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.internal.signing.MessageVerifier;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.SignatureHeaders;
import io.cityservices.core.internal.signing.VerifiedSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the platform does around every handler, in order: route, authenticate the app, rate-limit,
 * verify {@code sig1}, resolve the citizen, check the department (offered? faulty?), verify {@code sig2},
 * apply idempotency, run the handler; then render the response with its request id, digest, cache
 * headers and signatures.
 */
final class Pipeline {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);
  private static final Duration MAX_SIGNATURE_AGE = Duration.ofMinutes(5);
  private static final String[] REQUEST_COMPONENTS = {"@method", "@target-uri"};
  private static final Pattern DEPARTMENT_PATH = Pattern.compile("^/v1/cities/([^/]+)/([^/]+)(/.*)?$");
  private static final Pattern SF_STRING = Pattern.compile("^\"([\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]{1,255})\"$");

  private final Router router;
  private final Departments departments;
  private final Sessions sessions;
  private final RateLimiter rateLimiter;
  private final Faults faults;
  private final IdempotencyStore idempotency;
  private final PlatformKeys platformKeys;
  private final Map<String, SandboxApp> apps;
  private final ObjectMapper mapper;
  private final SandboxClock clock;
  private final MessageVerifier sessionVerifier;

  Pipeline(Router router, Departments departments, Sessions sessions, RateLimiter rateLimiter, Faults faults,
      IdempotencyStore idempotency, PlatformKeys platformKeys, Map<String, SandboxApp> apps, ObjectMapper mapper,
      SandboxClock clock) {
    this.router = router;
    this.departments = departments;
    this.sessions = sessions;
    this.rateLimiter = rateLimiter;
    this.faults = faults;
    this.idempotency = idempotency;
    this.platformKeys = platformKeys;
    this.apps = apps;
    this.mapper = mapper;
    this.clock = clock;
    this.sessionVerifier = MessageVerifier.builder(sessions::sessionKey)
        .clock(clock).maxAge(MAX_SIGNATURE_AGE).label("sig1").requiredComponents(REQUEST_COMPONENTS).build();
  }

  /** Generates the request id when the client sent none. */
  static String requestId(Optional<String> sent) {
    return sent.filter(s -> !s.isBlank()).orElseGet(() -> "req_" + UUID.randomUUID());
  }

  /**
   * Runs a request through the platform.
   *
   * @param request the request, without identity yet
   * @param targetUri the absolute URI the client addressed, as signed in {@code @target-uri}
   */
  Rendered process(SandboxRequest request, String targetUri) {
    Optional<Router.Match> match = router.match(request.method(), request.path());
    RouteFlags flags = match.map(m -> m.route().flags()).orElse(RouteFlags.DEFAULT);
    State state = new State();
    SandboxResponse response;
    try {
      response = run(request, targetUri, match, flags, state);
    } catch (SandboxProblem problem) {
      response = problemResponse(problem, request.requestId());
    } catch (RuntimeException bug) {
      // A module bug must still reach the client as a signed platform error, and be visible here.
      LOG.warn("sandbox handler failed for {} {} (request {})", request.method(), request.path(), request.requestId(), bug);
      response = problemResponse(new SandboxProblem(500, "internal_error", "Internal error",
          "the sandbox failed: " + bug.getClass().getSimpleName(), List.of(), Map.of(), Map.of()), request.requestId());
    }
    return render(request, response, flags, state);
  }

  private SandboxResponse run(SandboxRequest request, String targetUri, Optional<Router.Match> match,
      RouteFlags flags, State state) {
    SandboxRequest identified = request;
    if (!flags.open()) {
      Sessions.AppSession session = authenticate(request);
      state.session = session;
      state.rate = rateLimiter.take(session.clientId());
      if (state.rate != null && !state.rate.allowed()) {
        throw SandboxProblem.rateLimited(Duration.ofSeconds(state.rate.resetSeconds()), "the app's rate limit is exhausted");
      }
      SignatureComponents components = components(request, targetUri);
      verify(sessionVerifier, components, request, session.signingKeyId());
      String citizenId = citizen(request, session, flags);
      state.delay = department(request.path(), session);
      identified = request.withIdentity(session.clientId(), citizenId);
      if (flags.nonRepudiation()) {
        SandboxApp app = apps.get(session.clientId());
        MessageVerifier appVerifier = MessageVerifier.builder(
                keyId -> keyId.equals(app.keyId()) ? Optional.of(app.verificationKey()) : Optional.empty())
            .clock(clock).maxAge(MAX_SIGNATURE_AGE).label("sig2").requiredComponents(REQUEST_COMPONENTS).build();
        verify(appVerifier, components, request, app.keyId());
      }
    }
    Router.Match found = match.orElseThrow(() -> SandboxProblem.notFound("no such resource: " + request.method() + " " + request.path()));
    SandboxRequest routed = identified.withPathParams(found.pathParams());
    RouteHandler handler = found.route().handler();
    return flags.idempotentCreate() ? idempotent(routed, handler) : handler.handle(routed);
  }

  private Sessions.AppSession authenticate(SandboxRequest request) {
    String authorization = request.header("Authorization").orElse("");
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw SandboxProblem.invalidToken("an app access token is required (Authorization: Bearer)");
    }
    return sessions.app(authorization.substring(7).trim())
        .orElseThrow(() -> SandboxProblem.invalidToken("the access token is unknown or expired"));
  }

  private SignatureComponents components(SandboxRequest request, String targetUri) {
    try {
      return SignatureComponents.forRequest(request.method(), targetUri, name -> request.header(name).orElse(null));
    } catch (IllegalArgumentException e) {
      throw SandboxProblem.signatureInvalid("the target URI cannot be signed: " + e.getMessage());
    }
  }

  /** Verifies one label; with a body, the digest must be covered and match. */
  private static void verify(MessageVerifier verifier, SignatureComponents components, SandboxRequest request, String expectedKeyId) {
    VerifiedSignature verified;
    try {
      verified = request.hasBody()
          ? verifier.verifyWithDigest(components, request.body())
          : verifier.verify(components);
    } catch (SignatureException | IllegalArgumentException e) {
      throw SandboxProblem.signatureInvalid(e.getMessage());
    }
    if (!verified.keyId().equals(expectedKeyId)) {
      throw SandboxProblem.signatureInvalid("the signature's keyid does not belong to this access token");
    }
  }

  private String citizen(SandboxRequest request, Sessions.AppSession session, RouteFlags flags) {
    Optional<String> token = request.header("X-Citizen-Token");
    if (token.isEmpty()) {
      if (flags.requiresCitizen()) {
        throw SandboxProblem.invalidCitizenToken("this operation acts for a citizen: X-Citizen-Token is required");
      }
      return null;
    }
    Sessions.CitizenSession citizen = sessions.citizen(token.get())
        .filter(c -> c.clientId().equals(session.clientId()))
        .orElseThrow(() -> SandboxProblem.invalidCitizenToken("the citizen token is unknown, expired or not granted to this app"));
    return citizen.citizenId();
  }

  /**
   * Checks the department a path addresses, if a module declared it: offered in the city, granted to
   * the app, not faulty. Answers the delay to apply, if any.
   */
  private Duration department(String path, Sessions.AppSession session) {
    Matcher m = DEPARTMENT_PATH.matcher(path);
    Optional<DepartmentSpec> declared = m.matches() ? departments.bySegment(m.group(2)) : Optional.empty();
    if (declared.isEmpty()) {
      return Duration.ZERO;
    }
    DepartmentSpec spec = declared.get();
    CityCode city;
    try {
      city = CityCode.of(m.group(1));
    } catch (IllegalArgumentException e) {
      throw SandboxProblem.validation("city_code", "must be a six-digit GB/T 2260 code");
    }
    Department department = new Department(city, spec.name());
    if (!spec.offeredIn(city)) {
      throw SandboxProblem.serviceNotOffered(department);
    }
    if (!Departments.grants(session.scope(), spec.scope())) {
      throw SandboxProblem.insufficientScope(spec.scope());
    }
    Optional<Faults.DepartmentFault> fault = faults.forDepartment(department);
    if (fault.isEmpty()) {
      return Duration.ZERO;
    }
    Faults.DepartmentFault f = fault.get();
    if (f instanceof Faults.DepartmentFault.Unavailable) {
      throw SandboxProblem.departmentUnavailable(department);
    }
    if (f instanceof Faults.DepartmentFault.RateLimited limited) {
      throw SandboxProblem.rateLimited(limited.retryAfter(), "the " + department.name() + " department is rate limiting");
    }
    if (f instanceof Faults.DepartmentFault.Flaky flaky && flaky.failsNow()) {
      throw SandboxProblem.departmentUnavailable(department);
    }
    return f instanceof Faults.DepartmentFault.Slow slow ? slow.delay() : Duration.ZERO;
  }

  private SandboxResponse idempotent(SandboxRequest request, RouteHandler handler) {
    String raw = request.header("Idempotency-Key")
        .orElseThrow(() -> SandboxProblem.validation("Idempotency-Key", "header is required for this operation"));
    Matcher m = SF_STRING.matcher(raw.trim());
    if (!m.matches()) {
      throw SandboxProblem.validation("Idempotency-Key", "must be a structured-field string, e.g. \"<uuid>\"");
    }
    String key = m.group(1);
    String clientId = request.clientId().orElseThrow();
    byte[] fingerprint = fingerprint(request);
    SandboxResponse stored = idempotency.claim(clientId, key, fingerprint);
    if (stored != null) {
      return stored.withHeader("Idempotent-Replayed", "true");
    }
    SandboxResponse response;
    try {
      response = handler.handle(request);
    } catch (RuntimeException e) {
      // A failed first attempt must not block a retry with the same key.
      idempotency.release(clientId, key);
      throw e;
    }
    idempotency.complete(clientId, key, fingerprint, response);
    return response;
  }

  private static byte[] fingerprint(SandboxRequest request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((request.method() + '\n' + request.path() + '\n').getBytes(StandardCharsets.UTF_8));
      digest.update(request.body());
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private SandboxResponse problemResponse(SandboxProblem problem, String requestId) {
    ObjectNode body = mapper.createObjectNode();
    body.put("type", "https://docs.cityservices.io/problems/" + problem.code().replace('_', '-'));
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    body.put("code", problem.code());
    body.put("request_id", requestId);
    if (!problem.errors().isEmpty()) {
      body.set("errors", mapper.valueToTree(problem.errors()));
    }
    problem.extensions().forEach((name, value) -> body.set(name, mapper.valueToTree(value)));
    return new SandboxResponse(problem.status(), problem.headers(), new ProblemBody(body));
  }

  private Rendered render(SandboxRequest request, SandboxResponse response, RouteFlags flags, State state) {
    int status = response.status();
    byte[] body = serialise(response.body());
    Map<String, String> headers = new LinkedHashMap<>();
    if (body.length > 0) {
      headers.put("Content-Type", response.body() instanceof ProblemBody ? "application/problem+json" : "application/json");
    }
    headers.putAll(response.headers());
    headers.put("X-Request-Id", request.requestId());
    if (state.rate != null) {
      headers.put("RateLimit-Policy", state.rate.policyHeader());
      headers.put("RateLimit", state.rate.header());
    }
    if (flags.publicCacheable() && status == 200) {
      String etag = etag(body);
      headers.put("Cache-Control", "public, max-age=300");
      headers.put("ETag", etag);
      if (request.header("If-None-Match").filter(v -> matchesEtag(v, etag)).isPresent()) {
        status = 304;
        body = new byte[0];
        headers.remove("Content-Type");
      }
    }
    headers.put("Content-Digest", ContentDigest.sha256(body));
    if (!flags.open() && state.session != null) {
      sign(headers, status, state.session.responseSigner());
      if (flags.signedResult() && status >= 200 && status < 300) {
        sign(headers, status, platformKeys.signer("sig2", "@status", "content-digest", "x-request-id"));
      }
    }
    return new Rendered(status, headers, body, state.delay);
  }

  private static void sign(Map<String, String> headers, int status, io.cityservices.core.internal.signing.MessageSigner signer) {
    Map<String, String> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    SignatureHeaders signature = signer.sign(SignatureComponents.forResponse(status, lower::get));
    headers.put(SignatureHeaders.SIGNATURE_INPUT, signature.signatureInput());
    headers.put(SignatureHeaders.SIGNATURE, signature.signature());
  }

  private byte[] serialise(Object body) {
    if (body == null) {
      return new byte[0];
    }
    try {
      return mapper.writeValueAsBytes(body instanceof ProblemBody p ? p.node() : body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a handler answered a body that cannot be written as JSON", e);
    }
  }

  private static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + java.util.HexFormat.of().formatHex(hash, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private static boolean matchesEtag(String ifNoneMatch, String etag) {
    String bare = etag.substring(1, etag.length() - 1);
    return List.of(ifNoneMatch.split(",")).stream()
        .map(String::trim)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals(etag) || t.equals(bare));
  }

  /** Marks a body as a problem document (it gets {@code application/problem+json}). */
  private record ProblemBody(ObjectNode node) {}

  /** What was learnt about the caller along the way, for rendering. */
  private static final class State {
    private Sessions.AppSession session;
    private RateLimiter.Decision rate;
    private Duration delay = Duration.ZERO;
  }

  /**
   * A response ready for the wire.
   *
   * @param status the HTTP status
   * @param headers all headers
   * @param body the exact body bytes that were digested and signed
   * @param delay how long to hold the response (a slow department)
   */
  // Package-private wire bytes, written once to the response and never changed.
  @SuppressWarnings("ArrayRecordComponent")
  record Rendered(int status, Map<String, String> headers, byte[] body, Duration delay) {}
}
