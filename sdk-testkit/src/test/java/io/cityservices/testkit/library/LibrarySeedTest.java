package io.cityservices.testkit.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.testkit.SandboxClock;
import io.cityservices.testkit.SeedData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibrarySeedTest {

  static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

  record Seeding(LibraryState state, Seeder.Seeded seeded, List<String> events) {}

  static Seeding seed(long seed) {
    List<String> events = new ArrayList<>();
    SeedData data = SeedData.generate(seed);
    LibraryState state = new LibraryState(SandboxClock.fixed(NOW), (type, city, d) -> events.add(type));
    return new Seeding(state, Seeder.seed(state, data, data.randomFor("library"), SandboxClock.fixed(NOW)), events);
  }

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
    Seeding a = seed(42);
    Seeding b = seed(42);
    Seeding c = seed(43);

    assertThat(a.seeded()).isEqualTo(b.seeded());
    assertThat(a.state().search("310000", "的", null, null, null))
        .isEqualTo(b.state().search("310000", "的", null, null, null));
    assertThat(a.state().account("310000", "c-310000-001")).isEqualTo(b.state().account("310000", "c-310000-001"));
    assertThat(a.state().account("310000", "c-310000-001").loans())
        .isNotEqualTo(c.state().account("310000", "c-310000-001").loans());
  }

  @Test
  void onlyCitiesOfferingTheServiceAreSeeded() {
    LibraryState state = seed(42).state();
    assertThat(state.libraries("310000")).hasSize(3);
    assertThat(state.libraries("330100")).hasSize(3);
    assertThat(state.libraries("440300")).hasSize(3);
    assertThat(state.libraries("440100")).isEmpty();
  }

  @Test
  void everySeededIsbnHasAValidCheckDigitAndItsIsbn10FormFindsIt() {
    LibraryState state = seed(42).state();
    for (LibraryState.Book book : state.books("310000")) {
      assertThat(LibrarySandboxModule.isbn13(book.isbn())).as(book.title()).contains(book.isbn());
    }
    assertThat(LibrarySandboxModule.isbn13("7536692935")).contains("9787536692930");
    assertThat(LibrarySandboxModule.isbn13("9787536692931")).isEmpty();
  }

  @Test
  void seedingPublishesNothingUntilTimeMoves() {
    Seeding seeding = seed(42);
    seeding.state().settle();
    assertThat(seeding.events()).isEmpty();
  }
}
