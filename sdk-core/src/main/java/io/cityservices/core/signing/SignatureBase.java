package io.cityservices.core.signing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the signature base of RFC 9421 §2.5: one line {@code "component": value} per covered component,
 * then the {@code "@signature-params"} line, joined by LF with no trailing newline. Stateless.
 */
final class SignatureBase {

  private SignatureBase() {}

  /**
   * Builds the base.
   *
   * @param covered the covered components, in order
   * @param signatureParams the serialised inner list with its parameters
   * @throws IllegalArgumentException if a component is repeated, unknown or absent from the message
   */
  static String build(List<ComponentId> covered, String signatureParams, SignatureComponents message) {
    StringBuilder sb = new StringBuilder(256);
    Set<String> seen = new HashSet<>();
    for (ComponentId id : covered) {
      String serialized = id.serialize();
      if (!seen.add(serialized)) {
        throw new IllegalArgumentException("component covered twice: " + serialized);
      }
      String value = valueOf(id, message);
      // A line break inside a value could forge extra lines in the base.
      if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("component value contains a line break: " + serialized);
      }
      sb.append(serialized).append(": ").append(value).append('\n');
    }
    return sb.append("\"@signature-params\": ").append(signatureParams).toString();
  }

  private static String valueOf(ComponentId id, SignatureComponents message) {
    SignatureComponents source = message;
    if (id.fromRequest()) {
      if (!message.isResponse()) {
        throw new IllegalArgumentException("req is only meaningful on a response: " + id.serialize());
      }
      source = message.request().orElseThrow(
          () -> new IllegalArgumentException("no request bound to the response for " + id.serialize()));
    }
    String name = id.name();
    if (!name.startsWith("@")) {
      // RFC 9110 §5.5: leading and trailing whitespace is not part of a field value.
      return source.header(name).map(String::strip).orElseThrow(
          () -> new IllegalArgumentException("header not present: " + name));
    }
    if (name.equals("@status")) {
      if (id.fromRequest() || !source.isResponse()) {
        throw new IllegalArgumentException("@status only exists on a response");
      }
      return Integer.toString(source.status().orElseThrow());
    }
    if (source.isResponse()) {
      throw new IllegalArgumentException(name + " on a response needs the req parameter");
    }
    switch (name) {
      case "@method":
        return source.method();
      case "@target-uri":
        return source.targetUri();
      case "@authority":
        return source.authority();
      case "@scheme":
        return source.scheme();
      case "@request-target":
        return source.query().length() > 1 ? source.path() + source.query() : source.path();
      case "@path":
        return source.path();
      case "@query":
        return source.query();
      case "@query-param":
        return queryParam(source.query(), id.queryParamName());
      default:
        throw new IllegalArgumentException("unsupported derived component: " + name);
    }
  }

  /** RFC 9421 §2.2.8: decode the query as a form, find the one parameter, re-encode its value. */
  private static String queryParam(String query, String wanted) {
    String wantedDecoded = URLDecoder.decode(wanted, StandardCharsets.UTF_8);
    String found = null;
    for (String pair : query.substring(1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (name.equals(wantedDecoded)) {
        if (found != null) {
          throw new IllegalArgumentException("query parameter occurs more than once: " + wanted);
        }
        found = URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("query parameter not present: " + wanted);
    }
    return percentEncode(found);
  }

  private static String percentEncode(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
