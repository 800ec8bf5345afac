package io.cityservices.health.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.health.BookAppointmentRequest;
import io.cityservices.health.NewPatient;
import io.cityservices.health.Relationship;
import io.cityservices.health.SlotQuery;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The health rules the annotations cannot express. Each returns the broken rules, naming fields by
 * their Java names; the request builder hands them to {@code ApiRequest.Builder.violations}, and core
 * reports them with every other broken field in one {@code ValidationException}, before anything is
 * sent.
 */
final class HealthRules {

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

  /** The citizen is a patient already: a new one is a family member. Empty when it can be sent. */
  static List<FieldViolation> newPatient(NewPatient p) {
    if (p.relationship() == Relationship.SELF || p.relationship() == Relationship.UNKNOWN) {
      return List.of(new FieldViolation("relationship", "must name a family relationship, not " + p.relationship()));
    }
    return List.of();
  }

  /** The fee agreed to cannot be negative; empty when it can be sent. */
  static List<FieldViolation> book(BookAppointmentRequest r) {
    if (r.expectedFee() != null && r.expectedFee().isNegative()) {
      return List.of(new FieldViolation("expectedFee", "must not be negative"));
    }
    return List.of();
  }
}
