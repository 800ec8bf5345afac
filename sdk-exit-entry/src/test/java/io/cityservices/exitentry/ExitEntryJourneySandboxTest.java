package io.cityservices.exitentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.pagination.Page;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.exitentry.ExitEntrySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The citizen's journeys against the sandbox: offices, slots, booking and its refusals, documents. */
@CitySandboxTest
class ExitEntryJourneySandboxTest {
  static final CityCode CITY = CityCode.SHANGHAI;
  static final ResidentIdNumber CHILD = ResidentIdNumber.of("310115201503070021");

  CitySandbox sandbox;
  CityServices services;
  ExitEntryClient exitEntry;
  ExitEntrySandbox hooks;
  Citizen first;
  RequestOptions citizen;

  @BeforeEach
  void connect() {
    services = SandboxClients.client(sandbox, CITY);
    exitEntry = ExitEntryClient.create(services);
    hooks = sandbox.data(ExitEntrySandbox.class);
    first = sandbox.seed().firstCitizen(CITY);
    citizen = as(first);
  }

  @AfterEach
  void close() {
    services.close();
  }

  RequestOptions as(Citizen who) {
    return RequestOptions.forCitizen(SandboxClients.login(services, who.id()));
  }

  Citizen citizen(int index) {
    return sandbox.seed().citizens(CITY).get(index);
  }

  Slot freeSlot(String officeId) {
    return exitEntry.slots().listAll(SlotQuery.of(officeId, SandboxClients.nextOpenDay(Clock.systemUTC())), RequestOptions.none())
        .stream().filter(Slot::isBookable).findFirst().orElseThrow();
  }

  Office mainOffice() {
    return exitEntry.offices().get("eo-310000-01", RequestOptions.none());
  }

  @Test
  void officesAreListedFilteredAndFetched() {
    List<Office> all = exitEntry.offices().listAll(OfficeQuery.all(), RequestOptions.none()).stream().toList();
    assertThat(all).extracting(Office::id).containsExactly("eo-310000-01", "eo-310000-02", "eo-310000-03");
    Page<Office> taiwan = exitEntry.offices().list(
        OfficeQuery.builder().documentType(DocumentType.TAIWAN_PERMIT).limit(1).build(), RequestOptions.none());
    assertThat(taiwan.data()).extracting(Office::id).containsExactly("eo-310000-01");
    assertThat(taiwan.nextCursor()).isNotNull();
    Office office = mainOffice();
    assertThat(office.name()).isEqualTo("上海市公安局出入境管理局接待大厅");
    assertThat(office.handles(DocumentType.PASSPORT)).isTrue();
    assertThat(exitEntry.offices().listAsync(OfficeQuery.builder().district("310101").build(), RequestOptions.none())
        .join().data()).extracting(Office::id).containsExactly("eo-310000-02");
    assertThatThrownBy(() -> exitEntry.offices().get("eo-999", RequestOptions.none())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void endorsementTypesCarryTheirValidities() {
    List<EndorsementKind> kinds = exitEntry.endorsementTypes().list(RequestOptions.none());
    assertThat(kinds).extracting(EndorsementKind::type)
        .containsExactly(EndorsementType.G, EndorsementType.L, EndorsementType.T, EndorsementType.S, EndorsementType.Q,
            EndorsementType.D);
    EndorsementKind business = kinds.get(3);
    assertThat(business.name()).isEqualTo("商务");
    assertThat(business.options()).contains(new EndorsementOption(12, null));
    assertThat(exitEntry.endorsementTypes().listAsync(RequestOptions.none()).join()).isEqualTo(kinds);
  }

  @Test
  void aCityWithoutTheServiceSaysSo() {
    try (CityServices shenzhen = SandboxClients.client(sandbox, CityCode.SHENZHEN)) {
      assertThatThrownBy(() -> ExitEntryClient.create(shenzhen).offices().list(OfficeQuery.all(), RequestOptions.none()))
          .isInstanceOf(ServiceNotOfferedException.class);
    }
  }

  @Test
  void slotsOfADayAreHalfHoursWithPlaces() {
    LocalDate day = SandboxClients.nextOpenDay(Clock.systemUTC());
    List<Slot> slots = exitEntry.slots().listAll(SlotQuery.of("eo-310000-01", day).withLimit(5), RequestOptions.none())
        .stream().toList();
    assertThat(slots).hasSize(12);
    assertThat(slots.get(0).start().toLocalTime()).hasToString("09:00");
    assertThat(slots).allSatisfy(s -> {
      assertThat(s.capacity()).isBetween(3, 8);
      assertThat(s.end()).isEqualTo(s.start().plusMinutes(30));
      assertThat(s.isBookable()).isTrue();
    });
    assertThat(exitEntry.slots().listAsync(SlotQuery.of("eo-310000-01", day), RequestOptions.none()).join().data())
        .hasSize(12);
  }

  @Test
  void bookingHoldsOnePlaceEvenWhenRetriedWithTheSameKey() {
    Slot slot = freeSlot("eo-310000-01");
    BookAppointmentRequest request =
        BookAppointmentRequest.builder(slot.id(), DocumentType.TAIWAN_PERMIT, ServiceType.FIRST_ISSUE).build();
    RequestOptions keyed = RequestOptions.builder().citizen(citizenToken()).idempotencyKey("order-20-1").build();

    Appointment booked = exitEntry.appointments().book(request, keyed);
    Appointment again = exitEntry.appointments().book(request, keyed);

    assertThat(again).isEqualTo(booked);
    assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(booked.applicantIdNumber()).isEqualTo(first.idNumber());
    assertThat(booked.officeId()).isEqualTo("eo-310000-01");
    assertThat(hooks.slot(CITY, slot.id()).orElseThrow().remainingCapacity()).isEqualTo(slot.remainingCapacity() - 1);
    assertThat(exitEntry.appointments().get(booked.id(), citizen)).isEqualTo(booked);
    assertThat(exitEntry.appointments().listAll(AppointmentQuery.withStatus(AppointmentStatus.BOOKED), citizen).stream())
        .extracting(Appointment::id).containsExactly(booked.id());
  }

  private io.cityservices.core.auth.CitizenToken citizenToken() {
    return citizen.citizen();
  }

  @Test
  void rescheduleMovesThePlaceAndCancelGivesItBack() {
    Slot first = freeSlot("eo-310000-01");
    Slot other = exitEntry.slots().list(SlotQuery.of("eo-310000-03", first.start().toLocalDate()), RequestOptions.none())
        .data().get(3);
    Appointment booked = exitEntry.appointments().book(
        BookAppointmentRequest.builder(first.id(), DocumentType.TAIWAN_PERMIT, ServiceType.FIRST_ISSUE).build(), citizen);

    Appointment moved = exitEntry.appointments().reschedule(booked.id(), other.id(), citizen);
    assertThat(moved.slotId()).isEqualTo(other.id());
    assertThat(moved.officeId()).isEqualTo("eo-310000-03");
    assertThat(hooks.slot(CITY, first.id()).orElseThrow().remainingCapacity()).isEqualTo(first.remainingCapacity());
    assertThat(hooks.slot(CITY, other.id()).orElseThrow().remainingCapacity()).isEqualTo(other.remainingCapacity() - 1);
    assertThat(exitEntry.appointments().rescheduleAsync(booked.id(), other.id(), citizen).join()).isEqualTo(moved);

    Appointment cancelled = exitEntry.appointments().cancel(booked.id(), citizen);
    assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.cancelledAt()).isNotNull();
    assertThat(hooks.slot(CITY, other.id()).orElseThrow().remainingCapacity()).isEqualTo(other.remainingCapacity());
    assertThat(exitEntry.appointments().cancelAsync(booked.id(), citizen).join()).isEqualTo(cancelled);
    assertThatThrownBy(() -> exitEntry.appointments().reschedule(booked.id(), first.id(), citizen))
        .isInstanceOf(ConflictException.class).extracting(e -> ((ConflictException) e).code()).isEqualTo("not_changeable");
  }

  @Test
  void aFullSlotIsSlotUnavailableAndReschedulingKeepsTheOldPlace() {
    Slot slot = freeSlot("eo-310000-01");
    hooks.fillSlot(CITY, slot.id());
    BookAppointmentRequest request =
        BookAppointmentRequest.builder(slot.id(), DocumentType.TAIWAN_PERMIT, ServiceType.FIRST_ISSUE).build();
    assertThatThrownBy(() -> exitEntry.appointments().book(request, citizen))
        .isInstanceOf(SlotUnavailableException.class)
        .extracting(e -> ((CityServicesException) e).code()).isEqualTo("slot_taken");

    Slot open = exitEntry.slots().list(SlotQuery.of("eo-310000-01", slot.start().toLocalDate()), RequestOptions.none())
        .data().stream().filter(Slot::isBookable).findFirst().orElseThrow();
    Appointment booked = exitEntry.appointments().book(
        BookAppointmentRequest.builder(open.id(), DocumentType.TAIWAN_PERMIT, ServiceType.FIRST_ISSUE).build(), citizen);
    assertThatThrownBy(() -> exitEntry.appointments().rescheduleAsync(booked.id(), slot.id(), citizen).join())
        .hasCauseInstanceOf(SlotUnavailableException.class);
    assertThat(exitEntry.appointments().get(booked.id(), citizen).slotId()).isEqualTo(open.id());
  }

  @Test
  void aChildNeedsAGuardian() {
    Slot slot = freeSlot("eo-310000-01");
    BookAppointmentRequest.Builder forChild =
        BookAppointmentRequest.builder(slot.id(), DocumentType.PASSPORT, ServiceType.FIRST_ISSUE).applicant(CHILD);

    assertThatThrownBy(() -> exitEntry.appointments().book(forChild.build(), citizen))
        .isInstanceOf(GuardianRequiredException.class)
        .extracting(e -> ((CityServicesException) e).code()).isEqualTo("guardian_required");

    Appointment booked = exitEntry.appointments().book(forChild.guardian(first.idNumber()).build(), citizen);
    assertThat(booked.applicantIdNumber()).isEqualTo(CHILD);
    assertThat(booked.guardianIdNumber()).isEqualTo(first.idNumber());
  }

  @Test
  void renewingTooEarlyIsDocumentStillValid() {
    RequestOptions second = as(citizen(1));
    Slot slot = freeSlot("eo-310000-01");
    assertThatThrownBy(() -> exitEntry.appointments().bookAsync(
        BookAppointmentRequest.builder(slot.id(), DocumentType.PASSPORT, ServiceType.RENEWAL).build(), second).join())
        .hasCauseInstanceOf(DocumentStillValidException.class);
    // The first citizen's passport expires within six months: renewal is allowed.
    Appointment renewal = exitEntry.appointments().book(
        BookAppointmentRequest.builder(slot.id(), DocumentType.PASSPORT, ServiceType.RENEWAL).build(), citizen);
    assertThat(renewal.serviceType()).isEqualTo(ServiceType.RENEWAL);
  }

  @Test
  void aRestrictedApplicantIsNotEligibleWithoutAReason() {
    RequestOptions restricted = as(citizen(19));
    Slot slot = freeSlot("eo-310000-01");
    assertThatThrownBy(() -> exitEntry.appointments().book(
        BookAppointmentRequest.builder(slot.id(), DocumentType.PASSPORT, ServiceType.FIRST_ISSUE).build(), restricted))
        .isInstanceOf(NotEligibleException.class)
        .hasMessageNotContaining("restrict")
        .extracting(e -> ((CityServicesException) e).code()).isEqualTo("not_eligible");
    assertThat(hooks.slot(CITY, slot.id()).orElseThrow().remainingCapacity()).isEqualTo(slot.remainingCapacity());
  }

  @Test
  void anEndorsementIsBookedOnAPermit() {
    Slot slot = freeSlot("eo-310000-02");
    Appointment booked = exitEntry.appointments().book(BookAppointmentRequest
        .builder(slot.id(), DocumentType.HK_MACAO_PERMIT, ServiceType.ENDORSEMENT).endorsementType(EndorsementType.T)
        .build(), citizen);
    assertThat(booked.endorsementType()).isEqualTo(EndorsementType.T);
    assertThatThrownBy(() -> exitEntry.appointments().book(
        BookAppointmentRequest.builder(slot.id(), DocumentType.TAIWAN_PERMIT, ServiceType.FIRST_ISSUE).build(), citizen))
        .isInstanceOf(io.cityservices.core.error.ValidationException.class);
  }

  @Test
  void documentsCarryTheSixMonthWarningAndMaskTheirNumbers() {
    List<TravelDocument> documents = exitEntry.documents().list(citizen);
    TravelDocument passport = documents.stream().filter(d -> d.type() == DocumentType.PASSPORT).findFirst().orElseThrow();
    assertThat(passport.expiryWarning()).isTrue();
    assertThat(passport.expiresWithinSixMonths(LocalDate.now(SandboxClients.ZONE))).isTrue();
    assertThat(passport.number().value()).matches("E\\d{8}");
    assertThat(passport.toString()).doesNotContain(passport.number().value());
    TravelDocument permit = documents.stream().filter(d -> d.type() == DocumentType.HK_MACAO_PERMIT).findFirst().orElseThrow();
    assertThat(permit.expiryWarning()).isFalse();
    assertThat(permit.endorsements()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EndorsementType.G);
      assertThat(e.remainingEntries()).isEqualTo(1);
    });
    assertThat(exitEntry.documents().listAsync(as(citizen(1))).join()).singleElement()
        .satisfies(d -> assertThat(d.expiryWarning()).isFalse());
  }

  @Test
  void progressIsOnlyForTheApplicant() {
    Application seeded = exitEntry.applications().list(ApplicationQuery.all(), citizen).data().get(0);
    assertThat(seeded.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    assertThat(exitEntry.applications().get(seeded.receiptNumber(), citizen).history())
        .extracting(StatusChange::status).containsExactly(ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW);
    assertThat(exitEntry.applications().listAll(ApplicationQuery.withStatus(ApplicationStatus.MAILED), citizen).stream())
        .isEmpty();

    RequestOptions someoneElse = as(citizen(1));
    assertThatThrownBy(() -> exitEntry.applications().get(seeded.receiptNumber(), someoneElse))
        .isInstanceOf(NotFoundException.class)
        .extracting(e -> ((CityServicesException) e).code()).isEqualTo("receipt_not_found");
    assertThatThrownBy(() -> exitEntry.applications().getAsync(ReceiptNumber.of("31000020260101000001"), citizen).join())
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void anAttendedAppointmentCannotBeCancelledAndAMissedOneNeither() {
    Slot slot = freeSlot("eo-310000-01");
    Appointment booked = exitEntry.appointments().book(
        BookAppointmentRequest.builder(slot.id(), DocumentType.TAIWAN_PERMIT, ServiceType.FIRST_ISSUE).build(), citizen);
    String receipt = hooks.accept(booked.id(), "PICKUP");
    Appointment attended = exitEntry.appointments().getAsync(booked.id(), citizen).join();
    assertThat(attended.status()).isEqualTo(AppointmentStatus.ATTENDED);
    assertThat(attended.receiptNumber().value()).isEqualTo(receipt).startsWith("310000");
    assertThatThrownBy(() -> exitEntry.appointments().cancel(booked.id(), citizen))
        .isInstanceOf(ConflictException.class).extracting(e -> ((ConflictException) e).code()).isEqualTo("not_changeable");

    Appointment second = exitEntry.appointments().book(
        BookAppointmentRequest.builder(slot.id(), DocumentType.HK_MACAO_PERMIT, ServiceType.ENDORSEMENT)
            .endorsementType(EndorsementType.G).build(), citizen);
    hooks.noShow(second.id());
    assertThat(exitEntry.appointments().listAsync(AppointmentQuery.withStatus(AppointmentStatus.NO_SHOW), citizen)
        .join().data()).extracting(Appointment::id).containsExactly(second.id());
  }

  @Test
  void aDepartmentThatIsDownSaysSoAndOthersAreUnaffected() {
    sandbox.faults().unavailable(CITY, DepartmentName.of("exit-entry"));
    assertThatThrownBy(() -> exitEntry.documents().list(citizen)).isInstanceOf(DepartmentUnavailableException.class);
    try (CityServices hangzhou = SandboxClients.client(sandbox, CityCode.HANGZHOU)) {
      assertThat(ExitEntryClient.create(hangzhou).offices().list(OfficeQuery.all(), RequestOptions.none()).data()).hasSize(2);
    }
  }
}
