package io.cityservices.testkit.marriage;

import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A booking as the platform shows it to one of its parties; {@code role} says which. Both parties'
 * model types mask themselves, so {@link #toString()} carries no personal datum in clear.
 *
 * @param id the booking id
 * @param type MARRIAGE, DIVORCE or CERTIFICATE_REISSUE
 * @param status the lifecycle status
 * @param role INITIATOR or PARTNER, from the viewer's side
 * @param officeId the office
 * @param slotId the slot
 * @param date the booked day
 * @param start when the slot starts
 * @param end when it ends
 * @param initiator the party who booked
 * @param partner the named partner, or null
 * @param consentDueAt when the partner's consent is due, or null
 * @param createdAt when it was booked
 * @param confirmedAt when it was confirmed, or null
 * @param cancelledAt when it was cancelled, or null
 * @param cancelledBy the role of the party who cancelled, or null
 */
public record BookingView(
    String id, String type, String status, String role, String officeId, String slotId, LocalDate date,
    OffsetDateTime start, OffsetDateTime end, PartyView initiator, PartyView partner, OffsetDateTime consentDueAt,
    OffsetDateTime createdAt, OffsetDateTime confirmedAt, OffsetDateTime cancelledAt, String cancelledBy) {

  /**
   * One party as served: name and identity number.
   *
   * @param name the name
   * @param idNumber the identity number
   */
  public record PartyView(PersonName name, ResidentIdNumber idNumber) {}
}
