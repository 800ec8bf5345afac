package io.cityservices.marriage;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.model.Sex;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A booking by the initiator: what for, which slot (as read from the platform, so that the SDK can
 * judge the parties' ages on its date), the initiator's own identity number, the partner (for a
 * marriage or a divorce) and the initiator's acceptance of the declaration that both parties sign
 * (本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明). Build one with {@link
 * #marriage}, {@link #divorce} or {@link #certificateReissue}; {@link #toString()} masks every
 * personal detail.
 *
 * <p>Before anything is sent the SDK checks, from the identity numbers themselves, that the two are
 * not the same person and, for a marriage, that they are a man and a woman of legal age on the booked
 * date ({@value #MIN_AGE_MEN} for men, {@value #MIN_AGE_WOMEN} for women, Civil Code art. 1047). The
 * platform checks the rest (marital status, kinship) without saying which party failed.
 *
 * @param type what the booking is for
 * @param slot the slot to book, as listed by {@link SlotsApi}
 * @param initiatorIdNumber the signed-in citizen's own identity number
 * @param partner the partner, for a marriage or a divorce; null for a certificate reissue
 * @param declarationAccepted whether the initiator accepted the declaration; must be true
 */
public record BookingRequest(
    BookingType type, Slot slot, ResidentIdNumber initiatorIdNumber, Party partner, boolean declarationAccepted) {

  /** The legal minimum age of a man at marriage. */
  public static final int MIN_AGE_MEN = 22;
  /** The legal minimum age of a woman at marriage. */
  public static final int MIN_AGE_WOMEN = 20;

  private static final String INITIATOR_FIELD = "initiator_id_number";

  /** A marriage registration with {@code partner}. */
  public static Builder marriage(Slot slot, ResidentIdNumber initiatorIdNumber, Party partner) {
    return new Builder(BookingType.MARRIAGE, slot, initiatorIdNumber, partner);
  }

  /** A divorce registration by agreement with {@code partner} (the spouse). */
  public static Builder divorce(Slot slot, ResidentIdNumber initiatorIdNumber, Party spouse) {
    return new Builder(BookingType.DIVORCE, slot, initiatorIdNumber, spouse);
  }

  /** The reissue of the initiator's marriage certificate; no partner. */
  public static Builder certificateReissue(Slot slot, ResidentIdNumber initiatorIdNumber) {
    return new Builder(BookingType.CERTIFICATE_REISSUE, slot, initiatorIdNumber, null);
  }

  /** Every rule this request breaks, by field (snake_case, as sent); empty when it can be sent. */
  public List<FieldViolation> violations() {
    List<FieldViolation> violations = new ArrayList<>();
    if (type == null || type == BookingType.UNKNOWN) {
      violations.add(new FieldViolation("type", "must be MARRIAGE, DIVORCE or CERTIFICATE_REISSUE"));
    }
    if (slot == null || slot.id() == null || slot.id().isBlank() || slot.date() == null) {
      violations.add(new FieldViolation("slot_id", "must be a slot read from the platform"));
    }
    if (initiatorIdNumber == null) {
      violations.add(new FieldViolation(INITIATOR_FIELD, "must not be null"));
    }
    if (!declarationAccepted) {
      violations.add(new FieldViolation("declaration_accepted", "must be true: the initiator signs the declaration"));
    }
    if (type != null && type != BookingType.UNKNOWN) {
      checkPartner(violations);
    }
    return violations;
  }

  private void checkPartner(List<FieldViolation> violations) {
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
    if (partner.idNumber() == null) {
      violations.add(new FieldViolation("partner.id_number", "must not be null"));
      return;
    }
    if (initiatorIdNumber == null) {
      return;
    }
    if (partner.idNumber().equals(initiatorIdNumber)) {
      violations.add(new FieldViolation("partner.id_number", "must not be the initiator's own"));
      return;
    }
    if (type == BookingType.MARRIAGE && slot != null && slot.date() != null) {
      checkMarriage(violations);
    }
  }

  private void checkMarriage(List<FieldViolation> violations) {
    if (initiatorIdNumber.sex() == partner.idNumber().sex()) {
      violations.add(new FieldViolation("partner.id_number",
          "a marriage is registered between a man and a woman (Civil Code art. 1049)"));
      return;
    }
    checkAge(initiatorIdNumber, INITIATOR_FIELD, violations);
    checkAge(partner.idNumber(), "partner.id_number", violations);
  }

  /** The identity number's birth date gives the age on the booked date; the sex its minimum. */
  private void checkAge(ResidentIdNumber idNumber, String field, List<FieldViolation> violations) {
    boolean man = idNumber.sex() == Sex.MALE;
    int minimum = man ? MIN_AGE_MEN : MIN_AGE_WOMEN;
    if (Period.between(idNumber.birthDate(), slot.date()).getYears() < minimum) {
      violations.add(new FieldViolation(field, "under_age: must belong to a " + (man ? "man" : "woman")
          + " of at least " + minimum + " on the booked date"));
    }
  }

  /** Builds a {@link BookingRequest}. */
  public static final class Builder {
    private final BookingType type;
    private final Slot slot;
    private final ResidentIdNumber initiatorIdNumber;
    private final Party partner;
    private boolean declarationAccepted;

    private Builder(BookingType type, Slot slot, ResidentIdNumber initiatorIdNumber, Party partner) {
      this.type = type;
      this.slot = slot;
      this.initiatorIdNumber = initiatorIdNumber;
      this.partner = partner;
    }

    /** Records that the initiator accepted the declaration; without it the booking is refused before sending. */
    public Builder declarationAccepted() {
      this.declarationAccepted = true;
      return this;
    }

    /** Builds the request; its rules are checked when it is sent. */
    public BookingRequest build() {
      return new BookingRequest(type, slot, initiatorIdNumber, partner, declarationAccepted);
    }
  }
}
