package io.cityservices.testkit.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Holds an HTTP exchange to an OpenAPI 3.0 document, with swagger-request-validator: here core.yaml,
 * which is self-contained. Department modules hold their exchanges to their bundled documents with
 * sdk-conventions' {@code ContractDocument} instead.
 */
public final class OpenApiContract {
  /** The platform's shared document, relative to a module directory (Surefire's working directory). */
  public static final Path CORE = Path.of("../sdk-core/src/main/openapi/core.yaml");

  private final Path document;
  private final OpenApiInteractionValidator validator;

  private OpenApiContract(Path document, OpenApiInteractionValidator validator) {
    this.document = document;
    this.validator = validator;
  }

  /** A validator for one YAML document. */
  public static OpenApiContract of(Path yaml) {
    String spec;
    try {
      spec = Files.readString(yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + yaml.toAbsolutePath(), e);
    }
    return new OpenApiContract(yaml, OpenApiInteractionValidator.createForInlineApiSpecification(spec).build());
  }

  /**
   * Fails with every validation message if the exchange breaks the document.
   *
   * @param method the request method
   * @param pathAndQuery e.g. {@code /v1/catalog?x=1}
   * @param requestHeaders the request's headers
   * @param requestBody the request body, or {@code null}
   * @param status the response status
   * @param responseHeaders the response's headers
   * @param responseBody the response body, or {@code null} / empty for none
   */
  public void assertValid(String method, String pathAndQuery, Map<String, String> requestHeaders, String requestBody,
      int status, Map<String, String> responseHeaders, String responseBody) {
    int q = pathAndQuery.indexOf('?');
    SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        request.withQueryParam(decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1)));
      }
    }
    requestHeaders.forEach(request::withHeader);
    if (requestBody != null) {
      request.withBody(requestBody);
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    responseHeaders.forEach(response::withHeader);
    if (responseBody != null && !responseBody.isEmpty()) {
      response.withBody(responseBody);
    }
    ValidationReport report = validator.validate(request.build(), response.build());
    if (report.hasErrors()) {
      throw new AssertionError(method + " " + pathAndQuery + " -> " + status + " breaks " + document + ":\n"
          + report.getMessages().stream().map(ValidationReport.Message::toString).collect(Collectors.joining("\n")));
    }
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
