package io.cityservices.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.error.FieldViolation;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the typed members of a request body for sandbox modules, collecting every broken field so that
 * a handler answers one 400 naming them all. A violation names the field and never echoes its value:
 * request values are often personal data.
 */
public final class RequestFields {

  private RequestFields() {}

  /**
   * Parses the text member {@code member} of {@code object} with {@code parser} (a model type's own
   * check, e.g. {@code ResidentIdNumber::of}).
   *
   * @param field the name to report, e.g. {@code partner.id_number} for a nested member
   * @param <T> the parsed type
   * @param object the JSON object holding the member, e.g. the request body
   * @param member the member's name in {@code object}
   * @param parser turns the text into the value, throwing {@link IllegalArgumentException} when invalid
   * @param violations the list the violation is added to
   * @return the parsed value, or null after adding a violation when it is missing or the parser
   *     rejects it with an {@link IllegalArgumentException}
   *
   */
  public static <T> T parse(JsonNode object, String member, String field, Function<String, T> parser,
      List<FieldViolation> violations) {
    String text = object.path(member).asText("");
    if (text.isEmpty()) {
      violations.add(new FieldViolation(field, "is required"));
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      violations.add(new FieldViolation(field, "is not valid"));
      return null;
    }
  }
}
