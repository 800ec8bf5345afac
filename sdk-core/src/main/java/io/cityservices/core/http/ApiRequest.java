package io.cityservices.core.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One concrete call of an {@link Operation}: the path parameters, query parameters and body. Built
 * by service modules; the transport validates, signs, sends and retries it.
 *
 * @param operation what is being called
 * @param pathParams values for the template's placeholders
 * @param query query parameters in order; null values are dropped
 * @param body the JSON body, or null
 * @param validate objects to validate with jakarta.validation before anything is sent (usually the
 *     caller's request record)
 */
public record ApiRequest(
    Operation operation,
    Map<String, String> pathParams,
    List<Map.Entry<String, String>> query,
    Object body,
    List<Object> validate) {

  public ApiRequest {
    Objects.requireNonNull(operation, "operation");
    pathParams = Map.copyOf(pathParams);
    query = List.copyOf(query);
    validate = List.copyOf(validate);
  }

  /** Starts a request of {@code operation}. */
  public static Builder of(Operation operation) {
    return new Builder(operation);
  }

  /** The city the call addresses, from the {@code city} path parameter, or null. */
  public String city() {
    return pathParams.get("city");
  }

  /** The circuit-breaker key: {@code <city>/<service>}, or the service alone without a city. */
  public String department() {
    String city = city();
    return city == null ? operation.service() : city + "/" + operation.service();
  }

  /**
   * The path with placeholders filled in and each value percent-encoded as a path segment, plus the
   * query string.
   *
   * @throws IllegalStateException when a placeholder has no value
   */
  public String pathAndQuery() {
    String template = operation.pathTemplate();
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        sb.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      sb.append(template, i, open);
      String name = template.substring(open + 1, close);
      String value = pathParams.get(name);
      if (value == null) {
        throw new IllegalStateException(
            "no value for path parameter '" + name + "' of " + operation.name());
      }
      sb.append(encode(value));
      i = close + 1;
    }
    char sep = '?';
    for (Map.Entry<String, String> q : query) {
      sb.append(sep).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
      sep = '&';
    }
    return sb.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Builds an {@link ApiRequest}. Not thread-safe. */
  public static final class Builder {
    private final Operation operation;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final List<Object> validate = new ArrayList<>();
    private Object body;

    private Builder(Operation operation) {
      this.operation = Objects.requireNonNull(operation, "operation");
    }

    /**
     * Sets a path placeholder; {@code value}'s {@code toString()} is used and becomes exactly one
     * path segment.
     *
     * @throws io.cityservices.core.error.ValidationException naming {@code name} when the value is
     *     null, blank, a dot segment ({@code .} or {@code ..}), longer than 128 characters, or holds a
     *     separator, {@code %}, white space or a control character; nothing is sent
     */
    public Builder path(String name, Object value) {
      pathParams.put(name, PathSegments.check(value == null ? null : String.valueOf(value), name));
      return this;
    }

    /** Adds a query parameter unless {@code value} is null. */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    /** Adds one query parameter per value, in order, skipping a null collection. */
    public Builder queryAll(String name, Collection<?> values) {
      if (values != null) {
        values.forEach(v -> query(name, v));
      }
      return this;
    }

    /** Sets the JSON body. */
    public Builder body(Object body) {
      this.body = body;
      return this;
    }

    /** Validates {@code target} with jakarta.validation before the call is sent. */
    public Builder validate(Object target) {
      validate.add(Objects.requireNonNull(target, "request"));
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(operation, pathParams, query, body, validate);
    }
  }
}
