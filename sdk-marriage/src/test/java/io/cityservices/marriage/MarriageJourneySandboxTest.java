package io.cityservices.marriage;

import static io.cityservices.marriage.MarriageSandboxes.marriage;
import static io.cityservices.marriage.MarriageSandboxes.party;
import static io.cityservices.marriage.MarriageSandboxes.signIn;
import static io.cityservices.marriage.MarriageSandboxes.slotAhead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.PermissionException;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.webhook.EventType;
import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.Event;
import io.cityservices.testkit.SignedEvent;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.marriage.MarriageSandbox;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The citizens' journeys against the sandbox: every transition that needs no clock, every platform error. */
@CitySandboxTest
class MarriageJourneySandboxTest {
  private static final URI ENDPOINT = URI.create("https://app.example/webhooks/city-services");
  private static final CityCode CITY = CityCode.SHANGHAI;
  private static final String OFFICE = "310104-MR";
  private static final String CROSS_BORDER_OFFICE = "310106-MR";

  CitySandbox sandbox;
  private CityServices services;
  private MarriageClient marriage;
  private MarriageSandbox office;
  private Citizen man;
  private Citizen woman;
  private RequestOptions asMan;
  private RequestOptions asWoman;

  @BeforeEach
  void setUp() {
    services = MarriageSandboxes.client(sandbox, CITY);
    marriage = MarriageClient.create(services);
    office = sandbox.data(MarriageSandbox.class);
    List<Citizen> couple = office.unmarriedCouple(CITY);
    man = couple.get(0);
    woman = couple.get(1);
    asMan = signIn(services, man);
    asWoman = signIn(services, woman);
  }

  @AfterEach
  void tearDown() {
    services.close();
  }

  private Slot slot() {
    return slotAhead(marriage, OFFICE, 3, Clock.systemUTC());
  }

  @Test
  void listsOfficesFiltersThemAndGetsOne() {
    List<RegistrationOffice> all = marriage.offices().listAll(OfficeQuery.all().withLimit(2), RequestOptions.none())
        .stream().toList();
    assertThat(all).extracting(RegistrationOffice::id).containsExactly("310101-MR", "310104-MR", "310106-MR", "310115-MR");
    assertThat(marriage.offices().list(OfficeQuery.crossBorder(), RequestOptions.none()).data())
        .extracting(RegistrationOffice::name).containsExactly("上海市涉外婚姻登记处");
    RegistrationOffice xuhui = marriage.offices().getAsync(OFFICE, RequestOptions.none()).join();
    assertThat(xuhui.address().district()).isEqualTo("徐汇区");
    assertThat(xuhui.openingHours()).contains("09:00");
    assertThat(xuhui.handlesCrossBorder()).isFalse();
    assertThat(marriage.offices().list(OfficeQuery.inDistrict("310104"), RequestOptions.none()).data()).containsExactly(xuhui);
    assertThatThrownBy(() -> marriage.offices().get("999999-MR", RequestOptions.none())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void slotsAreReleasedPerCityAndBookableUntilTheDayBefore() {
    LocalDate today = LocalDate.now(MarriageSandboxes.CHINA);
    List<Slot> slots = marriage.slots().listAll(SlotQuery.builder(OFFICE).build(), RequestOptions.none()).stream().toList();
    int daysAhead = office.releasePolicy(CITY).daysAhead();
    assertThat(slots).isNotEmpty().allSatisfy(s -> {
      assertThat(s.date()).isAfter(today).isBeforeOrEqualTo(today.plusDays(daysAhead));
      assertThat(s.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
      assertThat(s.status()).isEqualTo(SlotStatus.OPEN);
      assertThat(s.capacity()).isBetween(6, 12);
      assertThat(s.officeId()).isEqualTo(OFFICE);
    });
    List<Slot> withToday = marriage.slots().list(SlotQuery.builder(OFFICE).on(today).build(), RequestOptions.none()).data();
    assertThat(withToday).allSatisfy(s -> assertThat(s.status()).isEqualTo(SlotStatus.CLOSED));
    assertThat(marriage.slots().list(SlotQuery.builder(OFFICE).on(today.plusDays(daysAhead + 1)).build(),
        RequestOptions.none()).data()).isEmpty();
    MarriageClient shenzhen = MarriageClient.create(services, CityCode.SHENZHEN);
    assertThat(shenzhen.slots().listAll(SlotQuery.builder("440305-MR").build(), RequestOptions.none()).stream())
        .allSatisfy(s -> assertThat(s.date()).isBeforeOrEqualTo(today.plusDays(7)));
  }

  @Test
  void bookingTypesListTheirDocuments() {
    List<BookingTypeDetails> types = marriage.bookingTypes().list(RequestOptions.none());
    assertThat(types).extracting(BookingTypeDetails::type)
        .containsExactly(BookingType.MARRIAGE, BookingType.DIVORCE, BookingType.CERTIFICATE_REISSUE);
    BookingTypeDetails wedding = types.get(0);
    assertThat(wedding.bothPartiesAppear()).isTrue();
    assertThat(wedding.requiredDocuments()).extracting(RequiredDocument::code)
        .containsExactly("RESIDENT_ID_CARD", "SIGNED_DECLARATION", "JOINT_PHOTOS");
    assertThat(marriage.bookingTypes().listAsync(RequestOptions.none()).join()).isEqualTo(types);
  }

  @Test
  void bothPartiesConsentThenCheckInAndTheOfficeRegisters() {
    Slot slot = slot();
    Booking pending = marriage.bookings().book(marriage(slot, man, woman), asMan);
    assertThat(pending.status()).isEqualTo(BookingStatus.PENDING_PARTNER_CONSENT);
    assertThat(pending.role()).isEqualTo(PartyRole.INITIATOR);
    assertThat(pending.initiator().idNumber()).isEqualTo(man.idNumber());
    assertThat(pending.partner()).isEqualTo(party(woman));
    assertThat(pending.consentDueAt()).isAfter(pending.createdAt());
    assertThat(pending.date()).isEqualTo(slot.date());

    Booking seenByPartner = marriage.bookings().list(BookingQuery.awaitingMyConsent(), asWoman).data().get(0);
    assertThat(seenByPartner.id()).isEqualTo(pending.id());
    assertThat(seenByPartner.awaitsMyConsent()).isTrue();
    assertThat(marriage.bookings().list(BookingQuery.awaitingMyConsent(), asMan).data()).isEmpty();
    assertThatThrownBy(() -> marriage.bookings().checkIn(pending.id(), asMan))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("partner_consent_missing"));
    assertThatThrownBy(() -> marriage.bookings().consent(pending.id(), asMan)).isInstanceOf(PermissionException.class);

    Booking confirmed = marriage.bookings().consent(pending.id(), asWoman);
    assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(confirmed.role()).isEqualTo(PartyRole.PARTNER);
    assertThat(confirmed.confirmedAt()).isNotNull();
    assertThat(marriage.bookings().consentAsync(pending.id(), asWoman).join()).isEqualTo(confirmed);
    assertThat(marriage.bookings().get(pending.id(), asMan).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThatThrownBy(() -> marriage.bookings().checkIn(pending.id(), asMan))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("check_in_not_open"));

    assertThat(sandbox.events().published()).extracting(Event::type)
        .containsSubsequence(MarriageEvents.BOOKING_CONSENT_REQUESTED.name(), MarriageEvents.BOOKING_CONFIRMED.name());
    Event requested = sandbox.events().published().stream()
        .filter(e -> e.type().equals(MarriageEvents.BOOKING_CONSENT_REQUESTED.name())).findFirst().orElseThrow();
    BookingEvent data = JsonMapperFactory.create().convertValue(requested.data(), BookingEvent.class);
    assertThat(data).isEqualTo(new BookingEvent(pending.id(), BookingType.MARRIAGE, OFFICE, slot.date(), slot.start(),
        pending.consentDueAt()));
    assertThat(requested.data().toString()).doesNotContain(man.idNumber().value(), woman.idNumber().value(),
        woman.name().value());
    office.remind(pending.id());
    assertThat(sandbox.events().published()).extracting(Event::type).contains(MarriageEvents.BOOKING_REMINDER.name());
  }

  @Test
  void thePartnerDeclinesAndThePlaceIsReleased() {
    Slot slot = slot();
    Booking pending = marriage.bookings().book(marriage(slot, man, woman), asMan);
    assertThat(remaining(slot)).isEqualTo(slot.remainingCapacity() - 1);

    Booking declined = marriage.bookings().decline(pending.id(), asWoman);
    assertThat(declined.status()).isEqualTo(BookingStatus.DECLINED);
    assertThat(marriage.bookings().declineAsync(pending.id(), asWoman).join().status()).isEqualTo(BookingStatus.DECLINED);
    assertThat(remaining(slot)).isEqualTo(slot.remainingCapacity());
    assertThat(marriage.bookings().get(pending.id(), asMan).status()).isEqualTo(BookingStatus.DECLINED);
    assertThatThrownBy(() -> marriage.bookings().consent(pending.id(), asWoman))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not_pending"));
    assertThatThrownBy(() -> marriage.bookings().decline(pending.id(), asMan)).isInstanceOf(PermissionException.class);
  }

  @Test
  void eitherPartyCancels() {
    Slot slot = slot();
    Booking first = marriage.bookings().book(marriage(slot, man, woman), asMan);
    Booking cancelled = marriage.bookings().cancel(first.id(), asWoman);
    assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(cancelled.cancelledBy()).isEqualTo(PartyRole.PARTNER);
    assertThat(cancelled.cancelledAt()).isNotNull();
    assertThat(marriage.bookings().cancel(first.id(), asMan).status()).isEqualTo(BookingStatus.CANCELLED);

    Booking second = marriage.bookings().book(marriage(slot, man, woman), asMan);
    marriage.bookings().consent(second.id(), asWoman);
    assertThat(marriage.bookings().cancelAsync(second.id(), asMan).join().cancelledBy()).isEqualTo(PartyRole.INITIATOR);
    assertThat(marriage.bookings().listAll(BookingQuery.withStatus(BookingStatus.CANCELLED), asMan).stream())
        .extracting(Booking::id).containsExactly(second.id(), first.id());
    assertThatThrownBy(() -> marriage.bookings().checkIn(second.id(), asMan))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not_pending"));
  }

  @Test
  void aSecondOpenBookingIsAlreadyBookedAndAFullSlotIsUnavailable() {
    Slot slot = slot();
    marriage.bookings().book(marriage(slot, man, woman), asMan);
    assertThatThrownBy(() -> marriage.bookings().book(marriage(slot, man, woman), asMan))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("already_booked"));

    List<Citizen> other = office.unmarriedCouple(CITY, 1);
    office.setRemainingCapacity(CITY, slot.id(), 0);
    assertThat(remaining(slot)).isZero();
    assertThatThrownBy(() -> marriage.bookings().book(marriage(slot, other.get(0), other.get(1)), signIn(services, other.get(0))))
        .isInstanceOfSatisfying(SlotUnavailableException.class, e -> assertThat(e.code()).isEqualTo("slot_full"));
    LocalDate unreleased = LocalDate.now(MarriageSandboxes.CHINA).plusDays(office.releasePolicy(CITY).daysAhead() + 1L);
    while (unreleased.getDayOfWeek().getValue() > 5) {
      unreleased = unreleased.plusDays(1);
    }
    Slot notYetReleased = new Slot(OFFICE + "-" + unreleased.format(DateTimeFormatter.BASIC_ISO_DATE) + "-0900", OFFICE,
        unreleased, slot.start(), slot.end(), slot.capacity(), slot.capacity(), SlotStatus.OPEN);
    assertThatThrownBy(() -> marriage.bookings().book(marriage(notYetReleased, other.get(0), other.get(1)),
        signIn(services, other.get(0))))
        .isInstanceOfSatisfying(SlotUnavailableException.class, e -> assertThat(e.code()).isEqualTo("slot_unavailable"));
  }

  @Test
  void theRegistryDecidesEligibilityWithoutSayingWhoOrWhy() {
    Slot slot = slot();
    Citizen married = office.marriedElsewhere(CITY);
    assertThatThrownBy(() -> marriage.bookings().book(marriage(slot, married, woman), signIn(services, married)))
        .isInstanceOf(NotEligibleException.class)
        .hasMessageContaining("does not say which party or why")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("married", woman.name().value()));
    List<Citizen> siblings = office.closeKin(CITY);
    assertThatThrownBy(() -> marriage.bookings().book(marriage(slot, siblings.get(0), siblings.get(1)),
        signIn(services, siblings.get(0)))).isInstanceOf(NotEligibleException.class);
    assertThatThrownBy(() -> marriage.bookings().book(
        BookingRequest.certificateReissue(slot, man.idNumber()).declarationAccepted().build(), asMan))
        .isInstanceOf(NotEligibleException.class);
    assertThatThrownBy(() -> marriage.bookings().book(
        BookingRequest.divorce(slot, man.idNumber(), party(woman)).declarationAccepted().build(), asMan))
        .isInstanceOf(NotEligibleException.class);
  }

  @Test
  void aMarriageRegisteredElsewhereBeforeConsentRefusesTheBooking() {
    Booking pending = marriage.bookings().book(marriage(slot(), man, woman), asMan);
    office.recordMarriageElsewhere(woman.idNumber());

    assertThatThrownBy(() -> marriage.bookings().consent(pending.id(), asWoman)).isInstanceOf(NotEligibleException.class);
    assertThat(marriage.bookings().get(pending.id(), asMan).status()).isEqualTo(BookingStatus.REFUSED);
    assertThatThrownBy(() -> marriage.bookings().consentAsync(pending.id(), asWoman).join())
        .cause().isInstanceOf(NotEligibleException.class);
  }

  @Test
  void theOfficeRefusesAtTheDesk() {
    Booking pending = marriage.bookings().book(marriage(slot(), man, woman), asMan);
    marriage.bookings().consent(pending.id(), asWoman);
    office.refuse(pending.id());
    assertThat(marriage.bookings().get(pending.id(), asWoman).status()).isEqualTo(BookingStatus.REFUSED);
  }

  @Test
  void crossBorderRegistrationsNeedADesignatedOffice() {
    ResidentIdNumber hongKong = IdNumbers.of("810000", LocalDate.of(1995, 3, 8), "022");
    Party resident = Party.of(PersonName.of("陈嘉欣"), hongKong);
    assertThat(resident.isCrossBorder()).isTrue();
    BookingRequest atXuhui = BookingRequest.marriage(slot(), man.idNumber(), resident).declarationAccepted().build();
    assertThatThrownBy(() -> marriage.bookings().book(atXuhui, asMan))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("office_not_competent"));

    Slot designated = slotAhead(marriage, CROSS_BORDER_OFFICE, 3, Clock.systemUTC());
    Booking booked = marriage.bookings().bookAsync(
        BookingRequest.marriage(designated, man.idNumber(), resident).declarationAccepted().build(), asMan).join();
    assertThat(booked.status()).isEqualTo(BookingStatus.PENDING_PARTNER_CONSENT);
    assertThat(booked.officeId()).isEqualTo(CROSS_BORDER_OFFICE);
  }

  @Test
  void aMarriedCoupleBooksADivorceAndTheOfficeRegistersIt() {
    List<Citizen> spouses = office.marriedCouple(CITY);
    RequestOptions asHusband = signIn(services, spouses.get(0));
    RequestOptions asWife = signIn(services, spouses.get(1));
    Booking divorce = marriage.bookings().book(
        BookingRequest.divorce(slot(), spouses.get(0).idNumber(), party(spouses.get(1))).declarationAccepted().build(),
        asHusband);
    assertThat(marriage.bookings().consent(divorce.id(), asWife).status()).isEqualTo(BookingStatus.CONFIRMED);

    Booking reissue = marriage.bookings().book(
        BookingRequest.certificateReissue(slot(), spouses.get(1).idNumber()).declarationAccepted().build(), asWife);
    assertThat(reissue.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(reissue.partner()).isNull();
    assertThat(reissue.consentDueAt()).isNull();
    assertThat(marriage.bookings().list(new BookingQuery(null, PartyRole.PARTNER, 10, null), asWife).data())
        .extracting(Booking::id).containsExactly(divorce.id());
  }

  @Test
  void strangersSeeNothingAndTheInitiatorMustBeThemself() {
    Booking pending = marriage.bookings().book(marriage(slot(), man, woman), asMan);
    Citizen stranger = office.unmarriedCouple(CITY, 1).get(0);
    RequestOptions asStranger = signIn(services, stranger);
    assertThatThrownBy(() -> marriage.bookings().get(pending.id(), asStranger)).isInstanceOf(NotFoundException.class);
    assertThat(marriage.bookings().list(BookingQuery.all(), asStranger).data()).isEmpty();
    assertThatThrownBy(() -> marriage.bookings().book(marriage(slot(), man, woman), asStranger))
        .isInstanceOf(PermissionException.class);
  }

  @Test
  void aCityWithoutTheServiceAndADepartmentThatIsDown() {
    MarriageClient guangzhou = MarriageClient.create(services, CityCode.GUANGZHOU);
    assertThatThrownBy(() -> guangzhou.offices().list(OfficeQuery.all(), RequestOptions.none()))
        .isInstanceOf(ServiceNotOfferedException.class);
    sandbox.faults().unavailable(CITY, DepartmentName.of("marriage"));
    assertThatThrownBy(() -> marriage.bookings().list(BookingQuery.all(), asMan))
        .isInstanceOf(DepartmentUnavailableException.class);
  }

  @Test
  void aRetriedBookingWithTheSameKeyTakesOnePlace() {
    Slot slot = slot();
    RequestOptions keyed = asMan.toBuilder().idempotencyKey("wedding-2026-0001").build();
    Booking first = marriage.bookings().book(marriage(slot, man, woman), keyed);
    Booking replay = marriage.bookings().book(marriage(slot, man, woman), keyed);
    assertThat(replay).isEqualTo(first);
    assertThat(remaining(slot)).isEqualTo(slot.remainingCapacity() - 1);
  }

  @Test
  void everyBookingEventArrivesSignedAndReadsAsTypedData() {
    Booking pending = marriage.bookings().book(marriage(slot(), man, woman), asMan);
    marriage.bookings().consent(pending.id(), asWoman);
    office.remind(pending.id());

    for (EventType<BookingEvent> type : List.of(MarriageEvents.BOOKING_CONSENT_REQUESTED, MarriageEvents.BOOKING_CONFIRMED,
        MarriageEvents.BOOKING_REMINDER)) {
      WebhookEvent received = received(type.name());
      assertThat(received.city()).isEqualTo(CITY);
      BookingEvent data = received.data(type).orElseThrow();
      assertThat(data.bookingId()).isEqualTo(pending.id());
      assertThat(data.type()).isEqualTo(BookingType.MARRIAGE);
      assertThat(data.date()).isEqualTo(pending.date());
    }
  }

  /** The published event of {@code type}, signed as a delivery and verified by the SDK. */
  private WebhookEvent received(String type) {
    Event event = sandbox.events().published().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    SignedEvent signed = sandbox.events().signedEvent(event.type(), event.city(), event.data(), ENDPOINT);
    return services.webhooks().forEndpoint(ENDPOINT).verify(signed.body(), signed.headers());
  }

  private int remaining(Slot slot) {
    return marriage.slots().list(SlotQuery.builder(slot.officeId()).on(slot.date()).build(), RequestOptions.none())
        .data().stream().filter(s -> s.id().equals(slot.id())).findFirst().orElseThrow().remainingCapacity();
  }
}
