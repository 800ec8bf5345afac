package io.cityservices.health.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.health.BookAppointmentRequest;
import io.cityservices.health.NewPatient;
import io.cityservices.health.Relationship;
import io.cityservices.health.SlotQuery;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The health rules the annotations cannot express. Each returns the broken rules, naming fields by
 * their Java names; the request builder hands them to {@code ApiRequest.Builder.violations}, and core
 * reports them with every other broken field in one {@code ValidationException}, before anything is
 * sent.
 */
final class HealthRules {

  private static final String MISSING = "must not be null";

  private HealthRules() {}

  /** The rules of a {@link SlotQuery}'s date range; empty when it can be sent. */
  static List<FieldViolation> slots(SlotQuery q) {
    if (q.from() == null || q.to() == null) {
      return List.of();
    }
    if (q.to().isBefore(q.from())) {
      return List.of(new FieldViolation("to", "must not be before from"));
    }
    if (ChronoUnit.DAYS.between(q.from(), q.to()) >= SlotQuery.MAX_DAYS) {
      return List.of(new FieldViolation("to", "the range may cover at most " + SlotQuery.MAX_DAYS + " days"));
    }
    return List.of();
  }

  /**
   * Every detail of a new patient is required, and the citizen is a patient already: a new one is a
   * family member. Empty when it can be sent.
   */
  static List<FieldViolation> newPatient(NewPatient p) {
    List<FieldViolation> violations = new ArrayList<>();
    if (p.name() == null) {
      violations.add(new FieldViolation("name", MISSING));
    }
    if (p.idNumber() == null) {
      violations.add(new FieldViolation("idNumber", MISSING));
    }
    if (p.relationship() == null) {
      violations.add(new FieldViolation("relationship", MISSING));
    } else if (p.relationship() == Relationship.SELF || p.relationship() == Relationship.UNKNOWN) {
      violations.add(new FieldViolation("relationship", "must name a family relationship, not " + p.relationship()));
    }
    if (p.phone() == null) {
      violations.add(new FieldViolation("phone", MISSING));
    }
    return violations;
  }

  /** The fee agreed to cannot be negative; empty when it can be sent. */
  static List<FieldViolation> book(BookAppointmentRequest r) {
    if (r.expectedFee() != null && r.expectedFee().isNegative()) {
      return List.of(new FieldViolation("expectedFee", "must not be negative"));
    }
    return List.of();
  }
}
