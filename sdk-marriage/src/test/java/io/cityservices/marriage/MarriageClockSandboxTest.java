package io.cityservices.marriage;

import static io.cityservices.marriage.MarriageSandboxes.marriage;
import static io.cityservices.marriage.MarriageSandboxes.signIn;
import static io.cityservices.marriage.MarriageSandboxes.slotAhead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.Event;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.marriage.MarriageSandbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transitions the sandbox clock drives; each test moves the clock, so each has a sandbox of its own. */
class MarriageClockSandboxTest {
  private static final CityCode CITY = CityCode.HANGZHOU;
  private static final String OFFICE = "330106-MR";

  private static void advanceTo(CitySandbox sandbox, Instant instant) {
    sandbox.clock().advance(Duration.between(sandbox.clock().instant(), instant));
  }

  @Test
  @CitySandboxTest
  void consentNotGivenInTimeExpiresAndReleasesThePlace(CitySandbox sandbox) {
    try (CityServices services = MarriageSandboxes.client(sandbox, CITY, sandbox.clock())) {
      MarriageClient marriage = MarriageClient.create(services);
      List<Citizen> couple = sandbox.data(MarriageSandbox.class).unmarriedCouple(CITY);
      Slot slot = slotAhead(marriage, OFFICE, 5, sandbox.clock());
      Booking pending = marriage.bookings().book(marriage(slot, couple.get(0), couple.get(1)), signIn(services, couple.get(0)));
      assertThat(pending.consentDueAt()).isEqualTo(pending.createdAt().plusHours(48));

      advanceTo(sandbox, pending.consentDueAt().toInstant());
      RequestOptions asWoman = signIn(services, couple.get(1));
      assertThat(marriage.bookings().get(pending.id(), asWoman).status()).isEqualTo(BookingStatus.EXPIRED);
      assertThatThrownBy(() -> marriage.bookings().consent(pending.id(), asWoman))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not_pending"));
      Slot again = marriage.slots().list(SlotQuery.builder(OFFICE).on(slot.date()).build(), RequestOptions.none()).data()
          .stream().filter(s -> s.id().equals(slot.id())).findFirst().orElseThrow();
      assertThat(again.remainingCapacity()).isEqualTo(slot.remainingCapacity());
      Event expired = sandbox.events().published().stream()
          .filter(e -> e.type().equals(MarriageEvents.BOOKING_EXPIRED.name())).findFirst().orElseThrow();
      assertThat(JsonMapperFactory.create().convertValue(expired.data(), BookingEvent.class).bookingId()).isEqualTo(pending.id());
    }
  }

  @Test
  @CitySandboxTest
  void aConfirmedCoupleChecksInOnTheDayAndIsRegistered(CitySandbox sandbox) {
    try (CityServices services = MarriageSandboxes.client(sandbox, CITY, sandbox.clock())) {
      MarriageClient marriage = MarriageClient.create(services);
      MarriageSandbox office = sandbox.data(MarriageSandbox.class);
      List<Citizen> couple = office.unmarriedCouple(CITY);
      Slot slot = slotAhead(marriage, OFFICE, 2, sandbox.clock());
      Booking pending = marriage.bookings().book(marriage(slot, couple.get(0), couple.get(1)), signIn(services, couple.get(0)));
      // Consent is due by the start of the booked day at the latest.
      assertThat(pending.consentDueAt()).isBeforeOrEqualTo(slot.date().atStartOfDay(MarriageSandboxes.CHINA).toOffsetDateTime());
      marriage.bookings().consent(pending.id(), signIn(services, couple.get(1)));

      advanceTo(sandbox, slot.start().toInstant().minus(Duration.ofMinutes(20)));
      RequestOptions asMan = signIn(services, couple.get(0));
      Booking checkedIn = marriage.bookings().checkIn(pending.id(), asMan);
      assertThat(checkedIn.status()).isEqualTo(BookingStatus.CHECKED_IN);
      assertThat(marriage.bookings().checkInAsync(pending.id(), asMan).join().status()).isEqualTo(BookingStatus.CHECKED_IN);
      assertThatThrownBy(() -> marriage.bookings().cancel(pending.id(), asMan))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not_cancellable"));

      office.register(pending.id());
      assertThat(marriage.bookings().get(pending.id(), asMan).status()).isEqualTo(BookingStatus.REGISTERED);
      assertThat(office.isMarried(couple.get(0).idNumber())).isTrue();
      assertThat(office.isMarried(couple.get(1).idNumber())).isTrue();
      Slot later = slotAhead(marriage, OFFICE, 3, sandbox.clock());
      Citizen other = office.unmarriedCouple(CITY, 1).get(1);
      assertThatThrownBy(() -> marriage.bookings().book(marriage(later, couple.get(0), other), asMan))
          .isInstanceOf(NotEligibleException.class);
    }
  }

  @Test
  @CitySandboxTest
  void aConfirmedBookingNobodyCameToIsANoShow(CitySandbox sandbox) {
    try (CityServices services = MarriageSandboxes.client(sandbox, CITY, sandbox.clock())) {
      MarriageClient marriage = MarriageClient.create(services);
      List<Citizen> couple = sandbox.data(MarriageSandbox.class).unmarriedCouple(CITY);
      Slot slot = slotAhead(marriage, OFFICE, 3, sandbox.clock());
      Booking pending = marriage.bookings().book(marriage(slot, couple.get(0), couple.get(1)), signIn(services, couple.get(0)));
      marriage.bookings().consent(pending.id(), signIn(services, couple.get(1)));

      advanceTo(sandbox, slot.end().toInstant());
      RequestOptions asMan = signIn(services, couple.get(0));
      assertThat(marriage.bookings().get(pending.id(), asMan).status()).isEqualTo(BookingStatus.NO_SHOW);
      assertThatThrownBy(() -> marriage.bookings().cancel(pending.id(), asMan))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not_cancellable"));
    }
  }

  @Test
  @CitySandboxTest
  void theNextDayOpensAtTheCitysReleaseTime(CitySandbox sandbox) {
    try (CityServices services = MarriageSandboxes.client(sandbox, CityCode.SHANGHAI, sandbox.clock())) {
      MarriageClient marriage = MarriageClient.create(services);
      MarriageSandbox office = sandbox.data(MarriageSandbox.class);
      int daysAhead = office.releasePolicy(CityCode.SHANGHAI).daysAhead();
      LocalDate tomorrow = LocalDate.now(sandbox.clock().withZone(MarriageSandboxes.CHINA)).plusDays(1);
      // 08:59 tomorrow: the day daysAhead after tomorrow is not released until 09:00.
      advanceTo(sandbox, tomorrow.atTime(8, 59).atZone(MarriageSandboxes.CHINA).toInstant());
      LocalDate newest = tomorrow.plusDays(daysAhead);
      while (newest.getDayOfWeek().getValue() > 5) {
        newest = newest.plusDays(1);
        advanceTo(sandbox, sandbox.clock().instant().plus(Duration.ofDays(1)));
      }
      SlotQuery thatDay = SlotQuery.builder("310104-MR").on(newest).build();
      assertThat(marriage.slots().list(thatDay, RequestOptions.none()).data()).isEmpty();
      sandbox.clock().advance(Duration.ofMinutes(1));
      assertThat(marriage.slots().list(thatDay, RequestOptions.none()).data()).hasSize(5)
          .allSatisfy(s -> assertThat(s.status()).isEqualTo(SlotStatus.OPEN));
    }
  }
}
