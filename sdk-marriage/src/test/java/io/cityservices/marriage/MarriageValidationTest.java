package io.cityservices.marriage;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.testkit.junit.PlatformStub;
import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input is refused before anything is sent: WireMock must see no request at all. */
class MarriageValidationTest {
  static final RequestOptions CITIZEN = MarriageWireMockTest.CITIZEN;
  static final Slot SLOT = MarriageWireMockTest.SLOT;
  static final LocalDate DAY = SLOT.date();

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  MarriageClient marriage;

  @BeforeEach
  void client() {
    CityServices services = platform.client(CityCode.SHANGHAI);
    marriage = MarriageClient.create(services);
  }

  @AfterEach
  void noRequestWasSent() {
    assertThat(platform.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  /** A man (odd sequence) or woman (even) who turns {@code years} old {@code days} after the booked day. */
  static ResidentIdNumber aged(int years, int days, boolean man) {
    return IdNumbers.of("310104", DAY.minusYears(years).plusDays(days), man ? "011" : "022");
  }

  static Party partner(ResidentIdNumber id) {
    return Party.of(PersonName.of("李小红"), id);
  }

  /** Both forms refuse the request with exactly these fields. */
  private void assertRefused(BookingRequest request, String... fields) {
    assertFields(() -> marriage.bookings().book(request, CITIZEN), fields);
    assertFields(() -> marriage.bookings().bookAsync(request, CITIZEN).join(), fields);
  }

  private static void assertFields(ThrowingCallable call, String... fields) {
    assertThatThrownBy(() -> {
      try {
        call.call();
      } catch (CompletionException e) {
        throw e.getCause();
      }
    }).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.status()).isZero();
      assertThat(e.violations()).extracting(FieldViolation::field).containsExactly(fields);
    });
  }

  @Test
  void aManUnder22OnTheBookedDayIsUnderAge() {
    BookingRequest request = BookingRequest.marriage(SLOT, aged(22, 1, true), partner(aged(25, 0, false)))
        .declarationAccepted().build();
    assertRefused(request, "initiatorIdNumber");
    assertThatThrownBy(() -> marriage.bookings().book(request, CITIZEN))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations().get(0).message()).startsWith("under_age").contains("22"));
  }

  @Test
  void aWomanUnder20IsUnderAgeButTurning20OnTheDayIsOfAge() {
    assertRefused(BookingRequest.marriage(SLOT, aged(30, 0, true), partner(aged(20, 1, false))).declarationAccepted().build(),
        "partner.idNumber");
  }

  @Test
  void bothUnderAgeAreBothNamed() {
    assertRefused(BookingRequest.marriage(SLOT, aged(21, 0, true), partner(aged(19, 0, false))).declarationAccepted().build(),
        "initiatorIdNumber", "partner.idNumber");
  }

  @Test
  void thePartnerCannotBeTheInitiatorThemself() {
    ResidentIdNumber self = aged(30, 0, true);
    assertRefused(BookingRequest.divorce(SLOT, self, partner(self)).declarationAccepted().build(), "partner.idNumber");
  }

  @Test
  void aMarriageIsBetweenAManAndAWoman() {
    assertRefused(BookingRequest.marriage(SLOT, aged(30, 0, true), partner(aged(28, 0, true))).declarationAccepted().build(),
        "partner.idNumber");
  }

  @Test
  void everyBrokenFieldIsNamedAtOnce() {
    assertRefused(BookingRequest.marriage(null, null, null).build(),
        "declarationAccepted", "initiatorIdNumber", "partner", "slot");
    assertRefused(new BookingRequest(null, SLOT, aged(30, 0, true), null, true), "type");
    assertRefused(BookingRequest.marriage(SLOT, aged(30, 0, true), new Party(null, null)).declarationAccepted().build(),
        "partner.idNumber", "partner.name");
  }

  @Test
  void aReissueNamesNoPartner() {
    assertRefused(new BookingRequest(BookingType.CERTIFICATE_REISSUE, SLOT, aged(30, 0, true), partner(aged(30, 0, false)), true),
        "partner");
  }

  @Test
  void blankBookingIdsAreRefusedByEveryOperation() {
    assertFields(() -> marriage.bookings().get(" ", CITIZEN), "booking_id");
    assertFields(() -> marriage.bookings().consent(null, CITIZEN), "booking_id");
    assertFields(() -> marriage.bookings().declineAsync("", CITIZEN).join(), "booking_id");
    assertFields(() -> marriage.bookings().cancel("", CITIZEN), "booking_id");
    assertFields(() -> marriage.bookings().checkInAsync(null, CITIZEN).join(), "booking_id");
    assertFields(() -> marriage.offices().get("", RequestOptions.none()), "office_id");
  }

  @Test
  void queriesAreChecked() {
    assertFields(() -> marriage.offices().list(OfficeQuery.inDistrict("3101"), RequestOptions.none()), "district");
    assertFields(() -> marriage.bookings().list(BookingQuery.all().withLimit(101), CITIZEN), "limit");
    assertFields(() -> marriage.slots().list(SlotQuery.builder(" ").build(), RequestOptions.none()), "officeId");
    assertFields(() -> marriage.slots().list(SlotQuery.builder("310104-MR").from(DAY).to(DAY.minusDays(1)).build(),
        RequestOptions.none()), "to");
    assertFields(() -> marriage.slots().list(SlotQuery.builder("310104-MR").from(DAY).to(DAY.plusDays(31)).build(),
        RequestOptions.none()), "to");
  }

  @Test
  void bookingsActForACitizen() {
    assertThatThrownBy(() -> marriage.bookings().list(BookingQuery.all(), RequestOptions.none()))
        .isInstanceOf(ValidationException.class);
  }
}
