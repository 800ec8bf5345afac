package io.cityservices.testkit.exitentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.SandboxClock;
import io.cityservices.testkit.SandboxProblem;
import io.cityservices.testkit.SeedData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exit-entry platform's state on its own: deterministic seed, exact places, the schedule. */
class ExitEntryStateTest {
  /** A Friday, 10:00 in Shanghai. */
  private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
  private final SeedData seed = SeedData.generate(42);
  private final SandboxClock clock = SandboxClock.fixed(NOW);
  private final ExitEntryCatalog catalog = new ExitEntryCatalog();

  private ExitEntryState state() {
    return new ExitEntryState(catalog, clock, seed, seed.randomFor("exit-entry.state"));
  }

  @Test
  void theSameSeedGivesTheSameDocumentsAndApplications() {
    ExitEntryState a = state();
    ExitEntryState b = state();
    for (String city : catalog.cities()) {
      for (Citizen c : seed.citizens(city)) {
        assertThat(a.documents(c.id())).isEqualTo(b.documents(c.id()));
        assertThat(a.allApplications(c.id())).isEqualTo(b.allApplications(c.id()));
      }
    }
    Citizen first = seed.citizens("310000").get(0);
    assertThat(a.documents(first.id())).extracting(DocumentView::type).containsExactly("PASSPORT", "HK_MACAO_PERMIT");
    assertThat(a.documents(first.id()).get(0).expiryWarning()).isTrue();
    assertThat(a.allApplications(first.id())).singleElement()
        .satisfies(app -> assertThat(app.receiptNumber()).matches("310000\\d{14}"));
    assertThat(a.documents(seed.citizens("440300").get(0).id())).as("Shenzhen has no exit-entry").isEmpty();
  }

  @Test
  void aSlotNeverGivesMorePlacesThanItHasUnderContention() throws Exception {
    ExitEntryState state = state();
    LocalDate monday = LocalDate.of(2026, 11, 30);
    SlotView slot = state.slots("eo-310000-01", monday).get(0);
    List<Citizen> citizens = seed.citizens("310000").subList(2, 19);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try {
      for (Citizen c : citizens) {
        outcomes.add(pool.submit(() -> {
          start.await();
          try {
            state.book("310000", c, new ExitEntryState.Booking(slot.id(), "TAIWAN_PERMIT", "FIRST_ISSUE", null, null, null));
            return true;
          } catch (SandboxProblem e) {
            assertThat(e.code()).isEqualTo("slot_taken");
            return false;
          }
        }));
      }
      start.countDown();
      int booked = 0;
      for (Future<Boolean> f : outcomes) {
        booked += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(booked).isEqualTo(slot.capacity());
      assertThat(state.anySlot("310000", slot.id()).orElseThrow().status()).isEqualTo("FULL");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void workingDaysSkipWeekends() {
    OffsetDateTime friday = OffsetDateTime.parse("2026-11-27T10:00:00+08:00");
    assertThat(ApplicationRecord.plusWorkingDays(friday, 1)).isEqualTo(friday.plusDays(3));
    assertThat(ApplicationRecord.plusWorkingDays(friday, 15)).isEqualTo(friday.plusDays(21));
    assertThat(ApplicationRecord.plusWorkingDays(friday, -1)).isEqualTo(friday.minusDays(1));
  }

  @Test
  void slotsAreClosedOnSundayAndPastTheHorizon() {
    ExitEntryState state = state();
    assertThat(state.slots("eo-310000-01", LocalDate.of(2026, 11, 29))).isEmpty();
    assertThat(state.slots("eo-310000-01", LocalDate.of(2026, 12, 4))).isEmpty();
    assertThat(state.slots("eo-310000-01", LocalDate.of(2026, 11, 27)))
        .allSatisfy(s -> assertThat(s.status()).isIn("CLOSED", "FREE"))
        .anySatisfy(s -> assertThat(s.status()).isEqualTo("CLOSED"));
    assertThatThrownBy(() -> state.book("310000", seed.citizens("310000").get(2), new ExitEntryState.Booking(
        "eo-310000-01-20261127-0900", "TAIWAN_PERMIT", "FIRST_ISSUE", null, null, null)))
        .isInstanceOfSatisfying(SandboxProblem.class, e -> assertThat(e.code()).isEqualTo("slot_unavailable"));
  }

  @Test
  void theGuardianRuleUsesTheApplicantsBirthDate() {
    ExitEntryState state = state();
    String slot = state.slots("eo-310000-01", LocalDate.of(2026, 11, 30)).get(0).id();
    Citizen parent = seed.citizens("310000").get(3);
    ResidentIdNumber sixteenTomorrow = adult(LocalDate.of(2010, 11, 28));
    assertThatThrownBy(() -> state.book("310000", parent,
        new ExitEntryState.Booking(slot, "PASSPORT", "FIRST_ISSUE", null, sixteenTomorrow, null)))
        .isInstanceOfSatisfying(SandboxProblem.class, e -> assertThat(e.code()).isEqualTo("guardian_required"));
    clock.advance(Duration.ofDays(1));
    assertThat(state.book("310000", parent,
        new ExitEntryState.Booking(slot, "PASSPORT", "FIRST_ISSUE", null, sixteenTomorrow, null)).status())
        .isEqualTo("BOOKED");
  }

  private static ResidentIdNumber adult(LocalDate birth) {
    String first17 = "310115" + birth.toString().replace("-", "") + "123";
    for (char c : "0123456789X".toCharArray()) {
      try {
        return ResidentIdNumber.of(first17 + c);
      } catch (IllegalArgumentException wrongCheck) {
        // exactly one check character is valid
      }
    }
    throw new IllegalStateException();
  }
}
