package io.cityservices.core.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagedIterableTest {

  static final Map<String, Page<String>> PAGES =
      Map.of(
          "", new Page<>(List.of("a", "b"), "c2"),
          "c2", new Page<>(List.of("c"), "c3"),
          "c3", new Page<>(List.of("d"), null));

  @Test
  void startsAtTheFirstCursorOnEveryIteration() {
    List<String> asked = new ArrayList<>();
    PagedIterable<String> items =
        new PagedIterable<>("c2", cursor -> {
          asked.add(cursor);
          return PAGES.get(cursor);
        });

    assertThat(items.stream()).containsExactly("c", "d");
    assertThat(items.stream()).containsExactly("c", "d");
    assertThat(asked).containsExactly("c2", "c3", "c2", "c3");
  }

  @Test
  void withoutAFirstCursorStartsAtTheFirstPage() {
    PagedIterable<String> items = new PagedIterable<>(cursor -> PAGES.get(cursor == null ? "" : cursor));

    assertThat(items.stream()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void aRepeatedCursorStopsIterationInsteadOfSpinning() {
    PagedIterable<String> items = new PagedIterable<>("c2", cursor -> new Page<>(List.of("x"), "c2"));

    assertThatThrownBy(() -> items.stream().count())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("repeated");
  }
}
