package io.cityservices.traffic.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ServiceCalls;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the traffic rules that jakarta annotations cannot express (fields that go together, a
 * known plate type or state) and throws one {@link ValidationException} naming every broken field,
 * before anything is sent. The annotated rules are checked by the transport right after. A single id
 * is checked with {@link ServiceCalls#requireId} directly.
 */
final class Checks {

  private final List<FieldViolation> violations = new ArrayList<>();

  Checks require(boolean ok, String field, String message) {
    if (!ok) {
      violations.add(new FieldViolation(field, message));
    }
    return this;
  }

  /** Applies {@link ServiceCalls#requireId}, collecting its violation so other fields are named too. */
  Checks requireId(String value, String field) {
    try {
      ServiceCalls.requireId(value, field);
    } catch (ValidationException e) {
      violations.addAll(e.violations());
    }
    return this;
  }

  void throwIfAny() {
    if (!violations.isEmpty()) {
      throw ValidationException.clientSide(violations);
    }
  }
}
