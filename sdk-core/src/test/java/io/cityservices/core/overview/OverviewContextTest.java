package io.cityservices.core.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.internal.resilience.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a contributor gets: options bounded by the deadline, today in China, every page. */
class OverviewContextTest {

  // 2026-12-01T17:00Z is already 2 December in Shanghai (UTC+8).
  private final CityServices client = CityServices.builder()
      .baseUrl("http://127.0.0.1:9")
      .clock(Clock.fixed(Instant.parse("2026-12-01T17:00:00Z"), ZoneOffset.UTC))
      .build();
  private final AtomicLong nanos = new AtomicLong();
  private final OverviewContext context = new OverviewContext(
      client, CityCode.SHANGHAI, RequestOptions.builder().header("traceparent", "t").build(),
      Deadline.after(Duration.ofSeconds(2), nanos::get)::remaining);

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void optionsCarryTheTimeLeftAndTheCallersHeaders() {
    assertThat(context.options().timeout()).isEqualTo(Duration.ofSeconds(2));
    nanos.set(Duration.ofMillis(1_500).toNanos());
    assertThat(context.options().timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(context.options().headers()).containsEntry("traceparent", "t");
    nanos.set(Duration.ofSeconds(5).toNanos());
    assertThat(context.options().timeout()).isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void todayIsTheDateInThePlatformsTimeZone() {
    assertThat(context.today()).isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void allPagesFollowsTheCursorsToTheLastPage() {
    List<String> cursors = new ArrayList<>();
    List<Integer> all = context.<Integer>allPages(cursor -> {
      cursors.add(cursor);
      int from = cursor == null ? 0 : Integer.parseInt(cursor);
      return CompletableFuture.completedFuture(new Page<>(List.of(from, from + 1), from < 4 ? String.valueOf(from + 2) : null));
    }).getNow(null);

    assertThat(all).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(cursors).containsExactly(null, "2", "4");
  }

  @Test
  void allPagesStopsAtMaxItems() {
    List<Integer> all = context.<Integer>allPages(cursor -> CompletableFuture.completedFuture(
        new Page<>(IntStream.range(0, 300).boxed().toList(), "more"))).getNow(null);

    assertThat(all).hasSize(OverviewContext.MAX_ITEMS);
  }
}
