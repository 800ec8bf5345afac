package io.cityservices.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers. The body is any value the sandbox's snake_case JSON mapper can write (a
 * record, a map, a {@code JsonNode}), or {@code null} for none; the pipeline serialises it, adds
 * {@code Content-Digest}, the request id and signatures.
 *
 * @param status the HTTP status
 * @param headers extra response headers
 * @param body the body to serialise as JSON, or {@code null}
 */
public record SandboxResponse(int status, Map<String, String> headers, Object body) {
  /**
   * Copies the headers.
   *
   * @param status the HTTP status
   * @param headers extra response headers; copied
   * @param body the body to serialise as JSON, or null
   * @throws NullPointerException if {@code headers} is null (use an empty map)
   */
  public SandboxResponse {
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
  }

  /**
   * 200 with a JSON body.
   *
   * @param body the body to write as JSON, or null for none
   * @return the response
   */
  public static SandboxResponse ok(Object body) {
    return new SandboxResponse(200, Map.of(), body);
  }

  /**
   * 201 with a JSON body.
   *
   * @param body the created resource, written as JSON
   * @return the response
   */
  public static SandboxResponse created(Object body) {
    return new SandboxResponse(201, Map.of(), body);
  }

  /**
   * 204 without a body.
   *
   * @return the response
   */
  public static SandboxResponse noContent() {
    return new SandboxResponse(204, Map.of(), null);
  }

  /**
   * Any status with a JSON body.
   *
   * @param status the HTTP status, e.g. 202
   * @param body the body to write as JSON, or null for none
   * @return the response
   */
  public static SandboxResponse status(int status, Object body) {
    return new SandboxResponse(status, Map.of(), body);
  }

  /**
   * 302 to {@code location}.
   *
   * @param location the absolute or relative URL for the {@code Location} header
   * @return the response
   */
  public static SandboxResponse redirect(String location) {
    return new SandboxResponse(302, Map.of("Location", location), null);
  }

  /**
   * A copy with one more header.
   *
   * @param name the header name; replaces a header of the same spelling
   * @param value the header value
   * @return a new response; this one is unchanged
   */
  public SandboxResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new SandboxResponse(status, copy, body);
  }
}
