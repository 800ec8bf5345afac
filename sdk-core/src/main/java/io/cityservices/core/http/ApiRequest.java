package io.cityservices.core.http;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * @param violations the rules found broken while the request was built (path identifiers and
 *     cross-field rules); the transport reports them together with {@code validate}'s in one
 *     {@link io.cityservices.core.error.ValidationException}, before anything is sent
 */
public record ApiRequest(
    Operation operation,
    Map<String, String> pathParams,
    List<Map.Entry<String, String>> query,
    @Nullable Object body,
    List<Object> validate,
    List<FieldViolation> violations) {

  /**
   * Copies every list and map.
   *
   * @param operation what is being called; not null
   * @param pathParams values for the template's placeholders; copied
   * @param query query parameters in order; copied
   * @param body the JSON body, or null
   * @param validate objects to validate before sending; copied
   * @param violations rules found broken while building; copied
   */
  public ApiRequest {
    Objects.requireNonNull(operation, "operation");
    pathParams = Map.copyOf(pathParams);
    query = List.copyOf(query);
    validate = List.copyOf(validate);
    violations = List.copyOf(violations);
  }

  /**
   * Starts a request of {@code operation}.
   *
   * @param operation the operation being called; not null
   * @return a builder with no parameters, body or checks yet
   */
  public static Builder of(Operation operation) {
    return new Builder(operation);
  }

  /**
   * The city the call addresses, from the {@code city} path parameter, or null.
   *
   * @return the {@code city} path parameter as given, e.g. {@code 310000}, or null for
   *     city-independent calls
   */
  public @Nullable String city() {
    return pathParams.get("city");
  }

  /**
   * The circuit-breaker key: {@code <city>/<service>}, or the service alone without a city.
   *
   * @return the key of the circuit breaker that guards this call, e.g. {@code 310000/traffic}
   */
  public String department() {
    String city = city();
    return city == null ? operation.service() : city + "/" + operation.service();
  }

  /**
   * The path with placeholders filled in and each value percent-encoded as a path segment, plus the
   * query string.
   *
   * @return the path and query string, e.g. {@code /v1/cities/310000/traffic/violations?limit=20},
   *     to append to the base URL
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
    private final List<FieldViolation> violations = new ArrayList<>();
    private @Nullable Object body;

    private Builder(Operation operation) {
      this.operation = Objects.requireNonNull(operation, "operation");
    }

    /**
     * Sets a path placeholder; {@code value}'s {@code toString()} is used and becomes exactly one
     * path segment.
     *
     * <p>A value that is null, blank, a dot segment ({@code .} or {@code ..}), longer than 128
     * characters, or holds a separator, {@code %}, white space or a control character is recorded as a
     * violation naming {@code name}; the call then fails with one
     * {@link io.cityservices.core.error.ValidationException} naming it together with every other
     * broken field, and nothing is sent.
     *
     * @param name the placeholder, also the field a violation names
     * @param value the value
     * @return this builder
     */
    public Builder path(String name, @Nullable Object value) {
      return path(name, value, name);
    }

    /**
     * Sets a path placeholder like {@link #path(String, Object)}, naming {@code field} (the caller's
     * Java name for the value, e.g. {@code contributionId}) in a violation.
     *
     * @param name the placeholder
     * @param value the value
     * @param field the name a violation gives
     * @return this builder
     */
    public Builder path(String name, @Nullable Object value, String field) {
      try {
        pathParams.put(name, PathSegments.check(value == null ? null : String.valueOf(value), field));
      } catch (ValidationException broken) {
        violations.addAll(broken.violations());
      }
      return this;
    }

    /**
     * Checks an identifier that travels outside the path (in the body, say) by the rule path
     * identifiers keep ({@link ServiceCalls#requireId}), recording a violation naming {@code field}
     * instead of throwing, so that it is reported with every other broken field.
     *
     * @param value the identifier
     * @param field the Java name of the field to blame
     * @return this builder
     */
    public Builder requireId(String value, String field) {
      try {
        PathSegments.check(value, field);
      } catch (ValidationException broken) {
        violations.addAll(broken.violations());
      }
      return this;
    }

    /**
     * Records rules found broken by a module's own check of a whole request (for example a payment's
     * selection of bills), reported like {@link #require}'s.
     *
     * @param broken the broken rules, each naming its field by its Java name; may be empty
     * @return this builder
     */
    public Builder violations(Collection<FieldViolation> broken) {
      violations.addAll(broken);
      return this;
    }

    /**
     * Records a cross-field rule the request's annotations cannot express. A broken rule fails the call
     * with one {@link io.cityservices.core.error.ValidationException} naming it together with every
     * other broken field (annotations and path identifiers included), before anything is sent.
     *
     * @param ok whether the rule holds
     * @param field the Java name of the field to blame (as the caller spelled it)
     * @param message what is wrong, e.g. {@code "is required with plateType"}
     * @return this builder
     */
    public Builder require(boolean ok, String field, String message) {
      if (!ok) {
        violations.add(new FieldViolation(field, message));
      }
      return this;
    }

    /**
     * Adds a query parameter unless {@code value} is null.
     *
     * @param name the parameter's name, percent-encoded when sent
     * @param value the value, sent as its {@code toString()}; null skips the parameter
     * @return this builder
     */
    public Builder query(String name, @Nullable Object value) {
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    /**
     * Adds one query parameter per value, in order, skipping a null collection.
     *
     * @param name the parameter's name, repeated once per value
     * @param values the values, each sent as its {@code toString()}; null values and a null
     *     collection are skipped
     * @return this builder
     */
    public Builder queryAll(String name, @Nullable Collection<?> values) {
      if (values != null) {
        values.forEach(v -> query(name, v));
      }
      return this;
    }

    /**
     * Sets the JSON body.
     *
     * @param body the object serialised as the JSON body, or null for no body
     * @return this builder
     */
    public Builder body(@Nullable Object body) {
      this.body = body;
      return this;
    }

    /**
     * Validates {@code target} with jakarta.validation before the call is sent.
     *
     * @param target an object carrying jakarta.validation constraints, usually the caller's request
     *     record; not null
     * @return this builder
     */
    public Builder validate(Object target) {
      validate.add(Objects.requireNonNull(target, "request"));
      return this;
    }

    /**
     * The request.
     *
     * @return the request, carrying any violation recorded while it was built
     */
    public ApiRequest build() {
      return new ApiRequest(operation, pathParams, query, body, validate, violations);
    }
  }
}
