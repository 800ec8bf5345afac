package io.cityservices.marriage;

import io.cityservices.core.model.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

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
    BookingType type, Slot slot, ResidentIdNumber initiatorIdNumber, @Nullable Party partner, boolean declarationAccepted) {

  /** The legal minimum age of a man at marriage. */
  public static final int MIN_AGE_MEN = 22;
  /** The legal minimum age of a woman at marriage. */
  public static final int MIN_AGE_WOMEN = 20;

  /**
   * A marriage registration with {@code partner}.
   *
   * @param slot the slot to book, as listed by {@link SlotsApi}; its date is used to judge the
   *     parties' ages
   * @param initiatorIdNumber the signed-in citizen's own resident identity number
   * @param partner the person to marry, with name and identity number
   * @return a builder; call {@link Builder#declarationAccepted()} before building
   */
  public static Builder marriage(Slot slot, ResidentIdNumber initiatorIdNumber, Party partner) {
    return new Builder(BookingType.MARRIAGE, slot, initiatorIdNumber, partner);
  }

  /**
   * A divorce registration by agreement with {@code partner} (the spouse).
   *
   * @param slot the slot to book, as listed by {@link SlotsApi}; its date is used to judge the
   *     parties' ages
   * @param initiatorIdNumber the signed-in citizen's own resident identity number
   * @param spouse the spouse divorcing by agreement, with name and identity number
   * @return a builder; call {@link Builder#declarationAccepted()} before building
   */
  public static Builder divorce(Slot slot, ResidentIdNumber initiatorIdNumber, Party spouse) {
    return new Builder(BookingType.DIVORCE, slot, initiatorIdNumber, spouse);
  }

  /**
   * The reissue of the initiator's marriage certificate; no partner.
   *
   * @param slot the slot to book, as listed by {@link SlotsApi}
   * @param initiatorIdNumber the signed-in citizen's own resident identity number
   * @return a builder; call {@link Builder#declarationAccepted()} before building
   */
  public static Builder certificateReissue(Slot slot, ResidentIdNumber initiatorIdNumber) {
    return new Builder(BookingType.CERTIFICATE_REISSUE, slot, initiatorIdNumber, null);
  }

  /** Builds a {@link BookingRequest}. */
  public static final class Builder {
    private final BookingType type;
    private final Slot slot;
    private final ResidentIdNumber initiatorIdNumber;
    private final @Nullable Party partner;
    private boolean declarationAccepted;

    private Builder(BookingType type, Slot slot, ResidentIdNumber initiatorIdNumber, @Nullable Party partner) {
      this.type = type;
      this.slot = slot;
      this.initiatorIdNumber = initiatorIdNumber;
      this.partner = partner;
    }

    /**
     * Records that the initiator accepted the declaration; without it the booking is refused before
     * sending.
     *
     * @return this builder
     */
    public Builder declarationAccepted() {
      this.declarationAccepted = true;
      return this;
    }

    /**
     * Builds the request; its rules are checked when it is sent.
     *
     * @return the request, not yet checked
     */
    public BookingRequest build() {
      return new BookingRequest(type, slot, initiatorIdNumber, partner, declarationAccepted);
    }
  }
}
