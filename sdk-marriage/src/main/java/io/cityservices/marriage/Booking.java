package io.cityservices.marriage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An appointment at a registration office, as one of its parties sees it. Both parties see the same
 * booking; {@link #role()} says which of them the citizen is. It holds the parties' names and identity
 * numbers, which {@link #toString()} masks; it never holds why a party declined or was refused.
 *
 * @param id the platform's booking id
 * @param type what it is for
 * @param status where it is in its life
 * @param role which party the citizen acting is
 * @param officeId the registration office
 * @param slotId the slot booked
 * @param date the day booked
 * @param start when the slot starts
 * @param end when it ends
 * @param initiator the party who booked
 * @param partner the party named by the initiator, or null for a certificate reissue
 * @param consentDueAt when the partner's consent is due, or null when no consent is needed
 * @param createdAt when it was booked
 * @param confirmedAt when it was confirmed, or null
 * @param cancelledAt when it was cancelled, or null
 * @param cancelledBy which party cancelled, or null
 */
public record Booking(
    String id,
    BookingType type,
    BookingStatus status,
    PartyRole role,
    String officeId,
    String slotId,
    LocalDate date,
    OffsetDateTime start,
    OffsetDateTime end,
    Party initiator,
    @Nullable Party partner,
    @Nullable OffsetDateTime consentDueAt,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime confirmedAt,
    @Nullable OffsetDateTime cancelledAt,
    @Nullable PartyRole cancelledBy) {

  /**
   * Whether the citizen is the partner and the booking waits for their consent.
   *
   * @return true when the booking waits for the consent of the citizen who read it, as the partner
   */
  public boolean awaitsMyConsent() {
    return status == BookingStatus.PENDING_PARTNER_CONSENT && role == PartyRole.PARTNER;
  }
}
