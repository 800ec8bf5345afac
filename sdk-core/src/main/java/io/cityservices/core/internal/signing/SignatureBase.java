package io.cityservices.core.internal.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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
    return switch (name) {
      case "@method" -> source.method();
      case "@target-uri" -> source.targetUri();
      case "@authority" -> source.authority();
      case "@scheme" -> source.scheme();
      case "@request-target" ->
          source.query().length() > 1 ? source.path() + source.query() : source.path();
      case "@path" -> source.path();
      case "@query" -> source.query();
      // ComponentId.parse requires the name parameter on @query-param.
      case "@query-param" ->
          queryParam(source.query(), Objects.requireNonNull(id.queryParamName(), "name"));
      default -> throw new IllegalArgumentException("unsupported derived component: " + name);
    };
  }

  /**
   * RFC 9421 §2.2.8: the query is parsed as {@code application/x-www-form-urlencoded} (WHATWG URL
   * standard), and the parameter's name and value are re-encoded with that format's percent-encode
   * set. The component identifier carries the encoded name; it is normalised the same way so that a
   * name written with lowercase hex or unencoded characters still finds its parameter.
   */
  private static String queryParam(String query, String wanted) {
    String wantedEncoded = formEncode(formDecode(wanted));
    String found = null;
    for (String pair : query.substring(1).split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = formEncode(formDecode(eq < 0 ? pair : pair.substring(0, eq)));
      if (name.equals(wantedEncoded)) {
        if (found != null) {
          throw new IllegalArgumentException("query parameter occurs more than once: " + wanted);
        }
        found = formEncode(formDecode(eq < 0 ? "" : pair.substring(eq + 1)));
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("query parameter not present: " + wanted);
    }
    return found;
  }

  /**
   * WHATWG URL §5.1 parsing of one name or value: {@code +} is a space, then percent-decoding where a
   * {@code %} not followed by two hex digits stays literal (never an error), then UTF-8 decoding with
   * replacement of invalid sequences.
   */
  static String formDecode(String raw) {
    byte[] in = raw.replace('+', ' ').getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      int hi;
      int lo;
      if (in[i] == '%' && i + 2 < in.length
          && (hi = Character.digit(in[i + 1], 16)) >= 0 && (lo = Character.digit(in[i + 2], 16)) >= 0) {
        out.write(hi << 4 | lo);
        i += 2;
      } else {
        out.write(in[i]);
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /**
   * Percent-encodes UTF-8 bytes with the {@code application/x-www-form-urlencoded} percent-encode set:
   * only ASCII alphanumerics and {@code *-._} stay as they are; a space becomes {@code %20} (RFC 9421
   * §2.2.8 uses percent-encoding, not the form serialiser's {@code +}).
   */
  static String formEncode(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '*' || c == '-' || c == '.' || c == '_') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
