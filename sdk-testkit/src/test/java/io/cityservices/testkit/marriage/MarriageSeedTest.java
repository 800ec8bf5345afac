package io.cityservices.testkit.marriage;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.model.Sex;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.SandboxClock;
import io.cityservices.testkit.SeedData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marriage sandbox's seeded data is deterministic, realistic and consistent. */
class MarriageSeedTest {
  private static final List<String> CITIES = List.of("310000", "330100", "440300");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static MarriageState state(long seed) {
    SeedData data = SeedData.generate(seed);
    return new MarriageState(new MarriageCatalog(), SandboxClock.fixed(Instant.parse("2026-12-02T02:00:00Z")),
        data.randomFor("marriage").nextLong(), new MaritalRegistry(data, CITIES, TODAY), (type, booking) -> { });
  }

  @Test
  void theSameSeedGivesTheSameFixturesAndCapacities() {
    MarriageState a = state(42);
    MarriageState b = state(42);
    OfficeRecord office = new MarriageCatalog().offices("310000").get(0);
    for (String city : CITIES) {
      assertThat(a.fixtures(city)).isEqualTo(b.fixtures(city));
    }
    assertThat(a.slots("310000", office, null, null)).isEqualTo(b.slots("310000", office, null, null));
    assertThat(state(7).slots("310000", office, null, null)).extracting(SlotView::capacity)
        .isNotEqualTo(a.slots("310000", office, null, null).stream().map(SlotView::capacity).toList());
  }

  @Test
  void fixturesAreAdultsOfTheRightSexAndTheRegistryAgrees() {
    MarriageState state = state(42);
    for (String city : CITIES) {
      MaritalRegistry.Fixtures f = state.fixtures(city);
      List<Citizen> everyone = new ArrayList<>(f.marriedCouple());
      everyone.add(f.marriedElsewhere());
      everyone.addAll(f.closeKin());
      everyone.addAll(f.unmarriedMen());
      everyone.addAll(f.unmarriedWomen());
      assertThat(everyone).doesNotHaveDuplicates();
      assertThat(f.unmarriedMen()).isNotEmpty().allSatisfy(c -> {
        assertThat(c.idNumber().sex()).isEqualTo(Sex.MALE);
        assertThat(c.idNumber().birthDate()).isBeforeOrEqualTo(TODAY.minusYears(22));
        assertThat(state.isMarried(c.idNumber())).isFalse();
      });
      assertThat(f.unmarriedWomen()).isNotEmpty().allSatisfy(c -> assertThat(c.idNumber().sex()).isEqualTo(Sex.FEMALE));
      assertThat(f.marriedCouple()).allSatisfy(c -> assertThat(state.isMarried(c.idNumber())).isTrue());
      assertThat(state.isMarried(f.marriedElsewhere().idNumber())).isTrue();
    }
  }

  @Test
  void aDayIsReleasedAtTheCitysReleaseTime() {
    ReleasePolicy shanghai = new MarriageCatalog().release("310000").orElseThrow();
    assertThat(shanghai.lastReleasedDay(LocalDateTime.of(TODAY, LocalTime.of(8, 59)))).isEqualTo(TODAY.plusDays(14));
    assertThat(shanghai.lastReleasedDay(LocalDateTime.of(TODAY, LocalTime.of(9, 0)))).isEqualTo(TODAY.plusDays(15));
    assertThat(new MarriageCatalog().release("440100")).isEmpty();
    assertThat(new MarriageCatalog().offices("440100")).isEmpty();
  }

  @Test
  void slotsAreWorkingDaysOnlyAndClosedOnTheDayItself() {
    MarriageState state = state(42);
    OfficeRecord office = new MarriageCatalog().offices("310000").get(1);
    List<SlotView> slots = state.slots("310000", office, TODAY, TODAY.plusDays(20));
    assertThat(slots).extracting(SlotView::date).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThan(6));
    assertThat(slots).filteredOn(s -> s.date().equals(TODAY)).hasSize(5).extracting(SlotView::status).containsOnly("CLOSED");
    assertThat(slots).extracting(SlotView::date).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(TODAY.plusDays(15)));
  }
}
