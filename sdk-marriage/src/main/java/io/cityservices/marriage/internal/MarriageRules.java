package io.cityservices.marriage.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.model.Sex;
import io.cityservices.marriage.BookingRequest;
import io.cityservices.marriage.BookingType;
import io.cityservices.marriage.Party;
import io.cityservices.marriage.SlotQuery;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The marriage rules the annotations cannot express. Each returns the broken rules, naming fields by
 * their Java names; the request builder hands them to {@code ApiRequest.Builder.violations}, and core
 * reports them with every other broken field in one {@code ValidationException}, before anything is
 * sent.
 */
final class MarriageRules {

  private static final String INITIATOR_FIELD = "initiatorIdNumber";
  private static final String PARTNER_ID_FIELD = "partner.idNumber";

  private MarriageRules() {}

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
   * Every rule a {@link BookingRequest} breaks, judged from the identity numbers themselves (the two
   * parties differ; for a marriage, a man and a woman of legal age on the booked date); empty when it
   * can be sent.
   */
  static List<FieldViolation> booking(BookingRequest r) {
    List<FieldViolation> violations = new ArrayList<>();
    BookingType type = r.type();
    if (type == null || type == BookingType.UNKNOWN) {
      violations.add(new FieldViolation("type", "must be MARRIAGE, DIVORCE or CERTIFICATE_REISSUE"));
    }
    if (r.slot() == null || r.slot().id() == null || r.slot().id().isBlank() || r.slot().date() == null) {
      violations.add(new FieldViolation("slot", "must be a slot read from the platform"));
    }
    if (r.initiatorIdNumber() == null) {
      violations.add(new FieldViolation(INITIATOR_FIELD, "must not be null"));
    }
    if (!r.declarationAccepted()) {
      violations.add(new FieldViolation("declarationAccepted", "must be true: the initiator signs the declaration"));
    }
    if (type != null && type != BookingType.UNKNOWN) {
      partner(r, type, violations);
    }
    return violations;
  }

  private static void partner(BookingRequest r, BookingType type, List<FieldViolation> violations) {
    Party partner = r.partner();
    if (!type.needsPartner()) {
      if (partner != null) {
        violations.add(new FieldViolation("partner", "must be absent for a " + type));
      }
      return;
    }
    if (partner == null) {
      violations.add(new FieldViolation("partner", "must not be null for a " + type));
      return;
    }
    if (partner.name() == null) {
      violations.add(new FieldViolation("partner.name", "must not be null"));
    }
    ResidentIdNumber partnerId = partner.idNumber();
    ResidentIdNumber initiatorId = r.initiatorIdNumber();
    if (partnerId == null) {
      violations.add(new FieldViolation(PARTNER_ID_FIELD, "must not be null"));
      return;
    }
    if (initiatorId == null) {
      return;
    }
    if (partnerId.equals(initiatorId)) {
      violations.add(new FieldViolation(PARTNER_ID_FIELD, "must not be the initiator's own"));
      return;
    }
    if (type == BookingType.MARRIAGE && r.slot() != null && r.slot().date() != null) {
      marriage(initiatorId, partnerId, r.slot().date(), violations);
    }
  }

  private static void marriage(
      ResidentIdNumber initiatorId, ResidentIdNumber partnerId, LocalDate date, List<FieldViolation> violations) {
    if (initiatorId.sex() == partnerId.sex()) {
      violations.add(new FieldViolation(PARTNER_ID_FIELD,
          "a marriage is registered between a man and a woman (Civil Code art. 1049)"));
      return;
    }
    age(initiatorId, INITIATOR_FIELD, date, violations);
    age(partnerId, PARTNER_ID_FIELD, date, violations);
  }

  /** The identity number's birth date gives the age on the booked date; the sex its minimum. */
  private static void age(ResidentIdNumber idNumber, String field, LocalDate date, List<FieldViolation> violations) {
    boolean man = idNumber.sex() == Sex.MALE;
    int minimum = man ? BookingRequest.MIN_AGE_MEN : BookingRequest.MIN_AGE_WOMEN;
    if (Period.between(idNumber.birthDate(), date).getYears() < minimum) {
      violations.add(new FieldViolation(field, "under_age: must belong to a " + (man ? "man" : "woman")
          + " of at least " + minimum + " on the booked date"));
    }
  }
}
