package io.cityservices.conventions;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * A module's bundled OpenAPI document, as its jar ships it ({@code META-INF/cityservices/openapi/<name>.yaml},
 * written by {@link OpenApiBundler}), read from the classpath so that the contract tests check what users
 * get. It validates recorded exchanges both ways (swagger-request-validator) and checks that every answer's
 * status, and its problem {@code code}, is one the document lists for that operation: a status must be a
 * response of its own (a {@code default} response lists nothing), and a problem's code must be in that
 * response's {@code x-problem-codes}.
 */
public final class ContractDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final OpenApiInteractionValidator validator;
  private final List<DocumentedOperation> operations;

  private ContractDocument(String name, String text, List<DocumentedOperation> operations) {
    this.name = name;
    // Combinators resolved: a page is allOf core's Page and its item type, and the validator otherwise
    // holds each allOf member to the members it declares alone (next_cursor would be refused).
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
        .withResolveRefs(true).withResolveCombinators(true).build();
    this.operations = operations;
  }

  /**
   * One operation of the document.
   *
   * @param operationId the document's {@code operationId}
   * @param method the HTTP method, upper case
   * @param pathTemplate the path with {@code {name}} parameters
   * @param problemCodes for each documented status, the problem codes listed for it (empty for a success)
   * @param keyed whether the operation takes an {@code Idempotency-Key}
   * @param hasBody whether the operation takes a request body
   * @param citizen whether the operation acts for a citizen (its security names {@code citizenToken})
   */
  public record DocumentedOperation(String operationId, String method, String pathTemplate,
      Map<Integer, Set<String>> problemCodes, boolean keyed, boolean hasBody, boolean citizen) {

    /** Whether a request's method and path are this operation's. */
    public boolean matches(String requestMethod, String path) {
      return method.equalsIgnoreCase(requestMethod) && pattern(pathTemplate).matcher(path).matches();
    }

    private static Pattern pattern(String template) {
      return Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }
  }

  /**
   * The bundled document of a module, from the test classpath (the module's own build output).
   *
   * @param name the document's name without {@code .yaml}, e.g. {@code traffic}
   * @return the document
   * @throws IllegalStateException when the bundle is not on the classpath (the module's build bundles it
   *     in {@code process-resources}) or does not parse
   */
  public static ContractDocument load(String name) {
    String resource = OpenApiBundler.CLASSPATH_DIRECTORY + name + ".yaml";
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath: the module's build bundles it"
            + " (profile openapi-bundle, phase process-resources)");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new ContractDocument(name, text, operations(parse(resource, text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's name, e.g. {@code traffic}. */
  public String name() {
    return name;
  }

  /** Every operation of the document, in document order. */
  public List<DocumentedOperation> operations() {
    return operations;
  }

  /** The operation a request's method and path belong to, if any. */
  public Optional<DocumentedOperation> operation(String method, String path) {
    return operations.stream().filter(o -> o.matches(method, path)).findFirst();
  }

  /**
   * Every way in which recorded exchanges break the document: requests or responses that do not validate,
   * requests to no operation of the document, statuses the operation does not list, and problem codes its
   * response for that status does not list.
   *
   * @param exchanges exchanges to this document's department only
   * @return one line per failure; empty when every exchange keeps the contract
   */
  public List<String> violations(List<ContractExchanges.Exchange> exchanges) {
    List<String> failures = new ArrayList<>();
    for (ContractExchanges.Exchange e : exchanges) {
      ValidationReport report = validator.validate(e.toRequest(), e.toResponse());
      if (report.hasErrors()) {
        failures.add(e.method() + " " + e.path() + " -> " + e.status() + ": "
            + report.getMessages().stream().map(ValidationReport.Message::toString).collect(Collectors.joining("; ")));
      }
      undocumented(e).ifPresent(failures::add);
    }
    return failures;
  }

  /**
   * How one exchange, recorded with all its headers, breaks the document: as {@link #violations(List)},
   * with every request and response header validated too.
   *
   * @param method the request's method
   * @param url the request's URL
   * @param requestHeaders the headers sent
   * @param requestBody the request body, or {@code null}
   * @param status the response's status
   * @param responseHeaders the headers received
   * @param responseBody the response body, possibly empty
   * @return the failures, or an empty string when the exchange keeps the contract
   */
  public String violations(String method, HttpUrl url, Headers requestHeaders, String requestBody, int status,
      Headers responseHeaders, String responseBody) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), url.encodedPath());
    for (String query : url.queryParameterNames()) {
      request.withQueryParam(query, url.queryParameterValues(query));
    }
    requestHeaders.names().forEach(n -> request.withHeader(n, requestHeaders.values(n)));
    if (requestBody != null) {
      request.withBody(requestBody);
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    responseHeaders.names().forEach(n -> response.withHeader(n, responseHeaders.values(n)));
    if (responseBody != null && !responseBody.isEmpty()) {
      response.withBody(responseBody);
    }
    ValidationReport report = validator.validate(request.build(), response.build());
    String where = method + " " + url.encodedPath() + " -> " + status + ": ";
    List<String> failures = new ArrayList<>();
    if (report.hasErrors()) {
      failures.add(where + report.getMessages().stream().map(ValidationReport.Message::toString)
          .collect(Collectors.joining("; ")));
    }
    undocumented(method, url.encodedPath(), status, responseHeaders.get("Content-Type"), responseBody)
        .ifPresent(failures::add);
    return String.join("\n", failures);
  }

  /**
   * Whether an exchange's status, and its problem code, are listed for its operation.
   *
   * @param e one exchange
   * @return what the document does not list, if anything
   */
  public Optional<String> undocumented(ContractExchanges.Exchange e) {
    return undocumented(e.method(), e.path(), e.status(), e.contentType(), e.responseBody());
  }

  /**
   * Whether an answer's status, and its problem code, are listed for the operation it answers.
   *
   * @param method the request's method
   * @param path the request's path, as sent
   * @param status the response's status
   * @param contentType the response's content type, or {@code null}
   * @param body the response's body, or {@code null}
   * @return what the document does not list, if anything
   */
  public Optional<String> undocumented(String method, String path, int status, String contentType, String body) {
    String where = method + " " + path + " -> " + status;
    Optional<DocumentedOperation> op = operation(method, path);
    if (op.isEmpty()) {
      return Optional.of(where + ": no operation of " + name + ".yaml has this method and path");
    }
    Set<String> codes = op.get().problemCodes().get(status);
    if (codes == null) {
      return Optional.of(where + ": " + op.get().operationId() + " does not list status " + status
          + " (it lists " + op.get().problemCodes().keySet() + ")");
    }
    Optional<String> code = problemCode(contentType, body);
    if (code.isPresent() && !codes.contains(code.get())) {
      return Optional.of(where + ": " + op.get().operationId() + " does not list code " + code.get()
          + " for " + status + " (x-problem-codes: " + codes + ")");
    }
    return Optional.empty();
  }

  private static Optional<String> problemCode(String contentType, String body) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")
        || body == null) {
      return Optional.empty();
    }
    try {
      JsonNode code = JSON.readTree(body).path("code");
      return code.isTextual() ? Optional.of(code.asText()) : Optional.empty();
    } catch (JsonProcessingException ex) {
      return Optional.empty();
    }
  }

  private static OpenAPI parse(String resource, String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
      throw new IllegalStateException(resource + " does not parse: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  private static List<DocumentedOperation> operations(OpenAPI api) {
    List<DocumentedOperation> operations = new ArrayList<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
        operations.add(operation(api, path, item, method, op))));
    return List.copyOf(operations);
  }

  private static DocumentedOperation operation(OpenAPI api, String path, PathItem item, PathItem.HttpMethod method,
      Operation op) {
    Map<Integer, Set<String>> codes = new LinkedHashMap<>();
    op.getResponses().forEach((status, response) -> {
      if (!status.equals("default")) {
        codes.put(Integer.parseInt(status), problemCodes(api, response));
      }
    });
    boolean keyed = Stream.concat(
            item.getParameters() == null ? Stream.<Parameter>empty() : item.getParameters().stream(),
            op.getParameters() == null ? Stream.<Parameter>empty() : op.getParameters().stream())
        .anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()));
    List<SecurityRequirement> security = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
    boolean citizen = security != null && security.stream().anyMatch(r -> r.containsKey("citizenToken"));
    return new DocumentedOperation(op.getOperationId(), method.name(), path, Map.copyOf(codes), keyed,
        op.getRequestBody() != null, citizen);
  }

  private static Set<String> problemCodes(OpenAPI api, ApiResponse response) {
    ApiResponse resolved = response;
    if (response.get$ref() != null) {
      String ref = response.get$ref();
      resolved = api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    Object listed = resolved.getExtensions() == null ? null : resolved.getExtensions().get("x-problem-codes");
    Set<String> codes = new LinkedHashSet<>();
    if (listed instanceof List<?> list) {
      list.forEach(c -> codes.add(String.valueOf(c)));
    }
    return Set.copyOf(codes);
  }
}
