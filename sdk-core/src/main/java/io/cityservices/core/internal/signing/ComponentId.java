package io.cityservices.core.internal.signing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One covered component identifier (RFC 9421 §2): a lowercase name with optional parameters, such as
 * {@code "@query-param";name="Pet"}. Immutable.
 */
record ComponentId(StructuredFields.Item item) {

  private static final Set<String> SUPPORTED_PARAMETERS = Set.of("name", "req");

  ComponentId {
    if (!(item.value() instanceof String name) || name.isEmpty()) {
      throw new IllegalArgumentException("a component identifier must be a non-empty string");
    }
    if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("component names must be lowercase: " + name);
    }
    for (Map.Entry<String, Object> p : item.parameters().entrySet()) {
      // sf, key, bs and tr change how a value is derived; refusing them beats signing the wrong bytes.
      if (!SUPPORTED_PARAMETERS.contains(p.getKey())) {
        throw new IllegalArgumentException("unsupported component parameter: " + p.getKey());
      }
    }
    if (item.parameters().containsKey("name") != name.equals("@query-param")
        || (item.parameters().containsKey("name") && !(item.parameters().get("name") instanceof String))) {
      throw new IllegalArgumentException("@query-param needs exactly a string name parameter");
    }
    if (item.parameters().containsKey("req") && !Boolean.TRUE.equals(item.parameters().get("req"))) {
      throw new IllegalArgumentException("req must be a true flag");
    }
  }

  /**
   * Reads an identifier written either as a bare name ({@code @method}, {@code content-digest}) or in
   * serialised form ({@code "@query-param";name="Pet"}).
   *
   * @throws IllegalArgumentException if it is malformed or uses an unsupported parameter
   */
  static ComponentId parse(String text) {
    String trimmed = text.trim();
    if (trimmed.startsWith("\"")) {
      return new ComponentId(StructuredFields.parseItem(trimmed));
    }
    return new ComponentId(new StructuredFields.Item(trimmed, Map.of()));
  }

  String name() {
    return (String) item.value();
  }

  boolean fromRequest() {
    return item.parameters().containsKey("req");
  }

  @Nullable String queryParamName() {
    return (String) item.parameters().get("name");
  }

  /** The identifier as it appears in the signature base and in {@code Signature-Input}. */
  String serialize() {
    return StructuredFields.serializeItem(item);
  }
}
