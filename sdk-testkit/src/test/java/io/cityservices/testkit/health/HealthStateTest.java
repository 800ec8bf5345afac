package io.cityservices.testkit.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.SandboxClock;
import io.cityservices.testkit.SandboxProblem;
import io.cityservices.testkit.SeedData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The health platform's state on its own: seeded data and exact capacity under contention. */
class HealthStateTest {
  private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
  private final SeedData seed = SeedData.generate(42);
  private final SandboxClock clock = SandboxClock.fixed(NOW);

  private HealthState state() {
    return new HealthState(new HealthCatalog(seed.randomFor("health")), clock, seed.randomFor("health.slots"));
  }

  @Test
  void theSameSeedGivesTheSameCatalogAndSlots() {
    HealthCatalog a = new HealthCatalog(seed.randomFor("health"));
    HealthCatalog b = new HealthCatalog(seed.randomFor("health"));
    assertThat(a.hospitals("310000")).isEqualTo(b.hospitals("310000")).hasSize(3);
    assertThat(a.doctors("h-330100-01")).isEqualTo(b.doctors("h-330100-01"));
    LocalDate today = LocalDate.of(2026, 11, 27);
    assertThat(state().slots("310000", "h-310000-01", null, null, today, today.plusDays(13)))
        .isEqualTo(state().slots("310000", "h-310000-01", null, null, today, today.plusDays(13)))
        .extracting(s -> s.start().toLocalDate()).contains(today, today.plusDays(13)).doesNotContain(today.plusDays(14));
  }

  @Test
  void everyDepartmentTreeHasParentsBeforeChildren() {
    HealthCatalog catalog = new HealthCatalog(seed.randomFor("health"));
    for (String city : List.of("310000", "330100", "440300")) {
      for (HospitalRecord h : catalog.hospitals(city)) {
        List<String> seen = new ArrayList<>();
        for (DepartmentRecord d : catalog.departments(h.id())) {
          assertThat(d.parentId() == null || seen.contains(d.parentId())).isTrue();
          seen.add(d.id());
        }
      }
    }
    assertThat(catalog.hospitals("440100")).isEmpty();
  }

  @Test
  void concurrentBookingsNeverOversellASlot() throws Exception {
    HealthState state = state();
    SlotView slot = state.slots("310000", "h-310000-01", null, null, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)).get(0);
    state.setRemainingCapacity(slot.id(), 5);
    List<Citizen> citizens = seed.citizens(CityCode.SHANGHAI);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (Citizen c : citizens) {
        String patientId = state.patients(c).get(0).id();
        results.add(pool.submit(() -> {
          start.await();
          try {
            state.book("310000", c, slot.id(), patientId, slot.fee());
            return true;
          } catch (SandboxProblem full) {
            assertThat(full.code()).isEqualTo("slot_full");
            return false;
          }
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> f : results) {
        won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(won).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
    assertThat(state.slot(slot.id()).orElseThrow().remainingCapacity()).isZero();
    assertThat(state.slot(slot.id()).orElseThrow().status()).isEqualTo("BUSY");
  }

  @Test
  void aSlotOfAnotherCityIsNotFound() {
    HealthState state = state();
    SlotView slot = state.slots("330100", "h-330100-01", null, null, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)).get(0);
    Citizen shanghai = seed.firstCitizen(CityCode.SHANGHAI);
    String patientId = state.patients(shanghai).get(0).id();
    assertThatThrownBy(() -> state.book("310000", shanghai, slot.id(), patientId, slot.fee()))
        .isInstanceOf(SandboxProblem.class)
        .satisfies(e -> assertThat(((SandboxProblem) e).status()).isEqualTo(404));
  }

  @Test
  void patientRecordsMaskThemselves() {
    Citizen citizen = seed.firstCitizen(CityCode.SHANGHAI);
    PatientRecord self = state().patients(citizen).get(0);
    assertThat(self.toString()).doesNotContain(citizen.idNumber().value(), citizen.phone().value(), citizen.name().value());
  }
}
