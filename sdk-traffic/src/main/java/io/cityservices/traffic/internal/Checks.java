package io.cityservices.traffic.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the domain rules that jakarta annotations cannot express (fields that go together, ids that
 * become path segments) and throws one {@link ValidationException} naming every broken field, before
 * anything is sent. The annotated rules are checked by the transport right after.
 */
final class Checks {

  private final List<FieldViolation> violations = new ArrayList<>();

  Checks require(boolean ok, String field, String message) {
    if (!ok) {
      violations.add(new FieldViolation(field, message));
    }
    return this;
  }

  Checks requireId(String value, String field) {
    return require(value != null && !value.isBlank(), field, "must not be blank");
  }

  void throwIfAny() {
    if (!violations.isEmpty()) {
      throw ValidationException.clientSide(violations);
    }
  }

  /** Checks one id that becomes a path segment. */
  static String id(String value, String field) {
    new Checks().requireId(value, field).throwIfAny();
    return value;
  }
}
