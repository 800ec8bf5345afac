package io.cityservices.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bridge from WireMock to the sandbox: one catch-all stub names this transformer, which turns
 * every request into a {@link SandboxRequest}, runs it through the {@link Pipeline} and answers its
 * response, delay or injected network fault.
 */
final class SandboxTransformer implements ResponseDefinitionTransformerV2 {
  static final String NAME = "city-sandbox";

  private final Pipeline pipeline;
  private final Faults faults;
  private final ObjectMapper mapper;
  private final Optional<SandboxConsole> console;

  SandboxTransformer(Pipeline pipeline, Faults faults, ObjectMapper mapper, Optional<SandboxConsole> console) {
    this.pipeline = pipeline;
    this.faults = faults;
    this.mapper = mapper;
    this.console = console;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request wire = serveEvent.getRequest();
    String url = wire.getUrl();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    if (console.isPresent() && SandboxConsole.owns(path)) {
      // The console is the sandbox's own page, not the platform: no pipeline, no injected faults.
      return console.get().handle(wire, path);
    }
    Optional<Fault> before = faults.takeRaw(path, false);
    if (before.isPresent()) {
      return ResponseDefinitionBuilder.responseDefinition().withFault(before.get()).build();
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpHeader header : wire.getHeaders().all()) {
      // Several field lines of one name are one field value joined with ", " (RFC 9110 5.3).
      headers.put(header.key(), String.join(", ", header.values()));
    }
    String requestId = Pipeline.requestId(Optional.ofNullable(wire.getHeader("X-Request-Id")));
    byte[] body = wire.getBody() == null ? new byte[0] : wire.getBody();
    SandboxRequest request = SandboxRequest.of(
        wire.getMethod().getName(), path, query(q < 0 ? "" : url.substring(q + 1)), headers, body, requestId, mapper);
    Pipeline.Rendered rendered = pipeline.process(request, wire.getAbsoluteUrl());
    Optional<Fault> after = faults.takeRaw(path, true);
    if (after.isPresent()) {
      // The handler has run and changed state; the client just never hears about it.
      return ResponseDefinitionBuilder.responseDefinition().withFault(after.get()).build();
    }
    List<HttpHeader> out = new ArrayList<>();
    rendered.headers().forEach((k, v) -> out.add(new HttpHeader(k, v)));
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
        .withStatus(rendered.status())
        .withHeaders(new HttpHeaders(out))
        .withBody(rendered.body());
    if (!rendered.delay().isZero()) {
      builder.withFixedDelay((int) rendered.delay().toMillis());
    }
    return builder.build();
  }

  private static Map<String, List<String>> query(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : query.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return params;
  }
}
