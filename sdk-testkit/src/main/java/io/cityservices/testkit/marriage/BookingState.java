package io.cityservices.testkit.marriage;

import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.testkit.Citizen;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One booking's changing state; guarded by {@link MarriageState}'s lock. */
final class BookingState {
  final String id;
  final String type;
  final String city;
  final String officeId;
  final String slotId;
  final LocalDate date;
  final OffsetDateTime start;
  final OffsetDateTime end;
  final String initiatorCitizenId;
  final PersonName initiatorName;
  final ResidentIdNumber initiatorId;
  final PersonName partnerName;
  final ResidentIdNumber partnerId;
  final OffsetDateTime createdAt;
  final OffsetDateTime consentDueAt;
  String status;
  OffsetDateTime confirmedAt;
  OffsetDateTime cancelledAt;
  String cancelledBy;

  BookingState(String id, String type, String city, MarriageState.SlotKey slot, Citizen initiator,
      PersonName partnerName, ResidentIdNumber partnerId, OffsetDateTime createdAt, OffsetDateTime consentDueAt) {
    this.id = id;
    this.type = type;
    this.city = city;
    this.officeId = slot.office().id();
    this.slotId = slot.id();
    this.date = slot.date();
    this.start = slot.start();
    this.end = slot.end();
    this.initiatorCitizenId = initiator.id();
    this.initiatorName = initiator.name();
    this.initiatorId = initiator.idNumber();
    this.partnerName = partnerName;
    this.partnerId = partnerId;
    this.createdAt = createdAt;
    this.consentDueAt = consentDueAt;
  }

  /** The citizen's role in this booking, or null when they are not a party to it. */
  String roleOf(Citizen citizen) {
    if (initiatorCitizenId.equals(citizen.id())) {
      return "INITIATOR";
    }
    return partnerId != null && partnerId.equals(citizen.idNumber()) ? "PARTNER" : null;
  }

  boolean involves(ResidentIdNumber idNumber) {
    return initiatorId.equals(idNumber) || idNumber.equals(partnerId);
  }

  boolean isOpen() {
    return MarriageState.OPEN.contains(status);
  }

  BookingView view(String role) {
    return new BookingView(id, type, status, role, officeId, slotId, date, start, end,
        new BookingView.PartyView(initiatorName, initiatorId),
        partnerId == null ? null : new BookingView.PartyView(partnerName, partnerId),
        consentDueAt, createdAt, confirmedAt, cancelledAt, cancelledBy);
  }
}
