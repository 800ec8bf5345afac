package io.cityservices.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a handler sees it: method, path and query, headers, body, the path parameters of the
 * matched route, and who is calling once the pipeline has authenticated it.
 *
 * <p>Immutable; {@link #withIdentity} and {@link #withPathParams} return copies.
 */
public final class SandboxRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String requestId;
  private final Map<String, String> pathParams;
  private final String clientId;
  private final String citizenId;
  private final ObjectMapper mapper;

  SandboxRequest(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, String> headers,
      byte[] body,
      String requestId,
      Map<String, String> pathParams,
      String clientId,
      String citizenId,
      ObjectMapper mapper) {
    this.method = method;
    this.path = path;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    query.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.query = Map.copyOf(copy);
    this.headers = Map.copyOf(headers);
    this.body = body.clone();
    this.requestId = requestId;
    this.pathParams = Map.copyOf(pathParams);
    this.clientId = clientId;
    this.citizenId = citizenId;
    this.mapper = mapper;
  }

  /**
   * Creates a request; used by the sandbox's pipeline and by unit tests of handlers.
   *
   * @param headers header names in any case; they are looked up case-insensitively
   * @param method the HTTP method, upper case
   * @param path the path without the query, e.g. {@code /v1/cities/310000/traffic/vehicles}
   * @param query the query parameters, each with its values in order
   * @param body the raw body, empty for none; copied
   * @param requestId the request id to echo
   * @param mapper the mapper {@link #json()} and {@link #bodyAs} read with
   * @return a request with no path parameters and no identity yet
   */
  public static SandboxRequest of(
      String method, String path, Map<String, List<String>> query, Map<String, String> headers, byte[] body,
      String requestId, ObjectMapper mapper) {
    Map<String, String> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return new SandboxRequest(method, path, query, lower, body, requestId, Map.of(), null, null, mapper);
  }

  /**
   * A copy with the path parameters of the matched route.
   *
   * @param params the values by template name, e.g. {@code city}
   * @return a new request; this one is unchanged
   */
  public SandboxRequest withPathParams(Map<String, String> params) {
    return new SandboxRequest(method, path, query, headers, body, requestId, params, clientId, citizenId, mapper);
  }

  /**
   * A copy with the authenticated app and, if any, citizen.
   *
   * @param appClientId the authenticated app's client id
   * @param citizen the citizen id, or null when no citizen token was sent
   * @return a new request; this one is unchanged
   */
  public SandboxRequest withIdentity(String appClientId, String citizen) {
    return new SandboxRequest(method, path, query, headers, body, requestId, pathParams, appClientId, citizen, mapper);
  }

  /**
   * The HTTP method, upper case.
   *
   * @return the method, e.g. {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * The path without the query.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * The request id echoed in {@code X-Request-Id}.
   *
   * @return the client's {@code X-Request-Id}, or one the sandbox generated
   */
  public String requestId() {
    return requestId;
  }

  /**
   * A path parameter of the matched route template; fails if the template has no such name.
   *
   * @param name a name in the route's template, e.g. {@code city}
   * @return the decoded value
   * @throws IllegalArgumentException if the template has no such name
   */
  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no path parameter " + name);
    }
    return value;
  }

  /**
   * The first value of a query parameter.
   *
   * @param name the parameter name, case-sensitive
   * @return the first value, or empty when absent
   */
  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * All query parameters.
   *
   * @return the parameters by name, each with its values in order
   */
  public Map<String, List<String>> queryParams() {
    return query;
  }

  /**
   * A header, by case-insensitive name.
   *
   * @param name the header name in any case
   * @return the value, or empty when absent
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * All headers, names in lower case.
   *
   * @return the headers by lower-case name
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The raw body; empty when there was none.
   *
   * @return a copy of the body bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Whether the request had a body.
   *
   * @return true when the body is not empty
   */
  public boolean hasBody() {
    return body.length > 0;
  }

  /**
   * The body as JSON.
   *
   * @return the parsed body, or an empty object when there is none
   * @throws SandboxProblem {@code validation_failed} when the body is not JSON
   */
  public JsonNode json() {
    if (body.length == 0) {
      return mapper.createObjectNode();
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw SandboxProblem.validation("body", "is not valid JSON");
    }
  }

  /**
   * The body bound to {@code type} with the sandbox's snake_case mapper.
   *
   * @param <T> the body type
   * @param type a record or class the mapper can bind
   * @return the bound body
   * @throws SandboxProblem {@code validation_failed} naming the field when binding fails
   */
  public <T> T bodyAs(Class<T> type) {
    try {
      return mapper.treeToValue(json(), type);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      // Name the field, never echo the rejected value: it may be personal data.
      String field = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
          .orElse("body");
      throw SandboxProblem.validation(field, "is missing or has the wrong type or format");
    } catch (IOException e) {
      throw SandboxProblem.validation("body", "is not valid JSON");
    }
  }

  /**
   * The body as {@code application/x-www-form-urlencoded} fields (first value of each).
   *
   * @return the decoded fields by name, in the order sent
   */
  public Map<String, String> form() {
    Map<String, String> fields = new LinkedHashMap<>();
    String text = new String(body, StandardCharsets.UTF_8);
    for (String pair : text.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      fields.putIfAbsent(key, value);
    }
    return fields;
  }

  /**
   * The authenticated app's client id, absent on open routes.
   *
   * @return the client id, or empty before authentication and on open routes
   */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /**
   * The citizen the app acts for, when the request carried a valid citizen token.
   *
   * @return the citizen id, or empty when no citizen token was sent
   */
  public Optional<String> citizenId() {
    return Optional.ofNullable(citizenId);
  }

  /**
   * The citizen id, or a {@code 401 invalid_token} problem when no citizen token was sent.
   *
   * @return the citizen id
   * @throws SandboxProblem {@code invalid_token} when no citizen token was sent
   */
  public String requireCitizen() {
    return citizenId().orElseThrow(() -> SandboxProblem.invalidToken("a citizen token is required"));
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException("bad form encoding", e));
    }
  }

  @Override
  public String toString() {
    // Never the body or headers: they carry tokens and personal data.
    return "SandboxRequest[" + method + " " + path + ", request_id=" + requestId + "]";
  }
}
