package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {

  private static final List<Integer> ITEMS = IntStream.range(0, 7).boxed().toList();

  private static SandboxRequest request(String limit, String cursor) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (limit != null) {
      query.put("limit", List.of(limit));
    }
    if (cursor != null) {
      query.put("cursor", List.of(cursor));
    }
    return SandboxRequest.of("GET", "/v1/things", query, Map.of(), new byte[0], "req-1", new ObjectMapper());
  }

  @Test
  void followingNextCursorWalksTheWholeListOnceInOrder() {
    List<Object> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Map<String, Object> page = Pages.slice(request("3", cursor), ITEMS, 20, 100);
      assertThat(page).containsOnlyKeys("data", "next_cursor");
      seen.addAll((List<?>) page.get("data"));
      cursor = (String) page.get("next_cursor");
      pages++;
    } while (cursor != null);

    assertThat(seen).isEqualTo(ITEMS);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void theDefaultLimitAppliesWithoutOneAndTheLastPageHasNoNextCursor() {
    Map<String, Object> page = Pages.slice(request(null, null), ITEMS, 5, 100);

    assertThat((List<?>) page.get("data")).hasSize(5);
    assertThat(page.get("next_cursor")).isEqualTo(Pages.cursor(5));
    assertThat(Pages.slice(request(null, Pages.cursor(5)), ITEMS, 5, 100)).containsEntry("next_cursor", null);
    assertThat((List<?>) Pages.slice(request(null, null), List.of(), 5, 100).get("data")).isEmpty();
  }

  @Test
  void cursorsAreOpaque() {
    assertThat(Pages.cursor(20)).doesNotContain("20").matches("[A-Za-z0-9_-]+");
  }

  @Test
  void aCursorNotIssuedHereIsA400NamingTheCursor() {
    for (String bad : List.of("5", "o5", "cur_5", "!!", "", Pages.cursor(8))) {
      assertThatThrownBy(() -> Pages.slice(request(null, bad), ITEMS, 5, 100))
          .isInstanceOfSatisfying(SandboxProblem.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.code()).isEqualTo("validation_failed");
            assertThat(p.errors()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("cursor"));
          });
    }
  }

  @Test
  void aLimitOutOfRangeOrNotANumberIsA400NamingTheLimit() {
    for (String bad : List.of("0", "101", "-1", "ten", "2.5")) {
      assertThatThrownBy(() -> Pages.slice(request(bad, null), ITEMS, 5, 100))
          .isInstanceOfSatisfying(SandboxProblem.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.errors()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("limit"));
          });
    }
  }
}
