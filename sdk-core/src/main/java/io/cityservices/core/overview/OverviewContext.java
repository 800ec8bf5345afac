package io.cityservices.core.overview;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.pagination.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link OverviewContributor} needs for one section: the client, the city, the options to
 * call with (the citizen, the caller's headers and the time left before the overview's deadline)
 * and today's date. Immutable and thread-safe; created by the SDK.
 */
public final class OverviewContext {

  /** The platform's cities share one time zone; due dates are dates there. */
  private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

  /** A section lists what a citizen must act on, never an archive: more than this is cut off. */
  public static final int MAX_ITEMS = 1_000;

  /** RequestOptions refuses a zero timeout; a spent deadline still gets a call that fails at once. */
  private static final Duration MIN_TIMEOUT = Duration.ofMillis(1);

  private final CityServices client;
  private final CityCode city;
  private final RequestOptions options;
  private final Supplier<Duration> timeLeft;

  /**
   * @param client the client to create module clients from
   * @param city the city of the section
   * @param options the citizen and headers to call with; its timeout is replaced by the time left
   * @param timeLeft the time left before the overview's deadline, asked afresh before each call
   * @throws NullPointerException if an argument is null
   */
  public OverviewContext(
      CityServices client, CityCode city, RequestOptions options, Supplier<Duration> timeLeft) {
    this.client = Objects.requireNonNull(client, "client");
    this.city = Objects.requireNonNull(city, "city");
    this.options = Objects.requireNonNull(options, "options");
    this.timeLeft = Objects.requireNonNull(timeLeft, "timeLeft");
  }

  /**
   * The client to create the module's client from, e.g. {@code TrafficClient.create(client(),
   * city())}.
   *
   * @return the client the overview was asked of
   */
  public CityServices client() {
    return client;
  }

  /**
   * The city the section is for.
   *
   * @return the city
   */
  public CityCode city() {
    return city;
  }

  /**
   * Options for the department's calls: the citizen, the caller's headers, and as timeout the time
   * left before the overview's deadline, read afresh on each call so that a second call made after
   * a first has answered gets only what is left.
   *
   * @return the options, with a timeout of at least one millisecond
   */
  public RequestOptions options() {
    Duration left = timeLeft.get();
    return options.toBuilder().timeout(left.compareTo(MIN_TIMEOUT) < 0 ? MIN_TIMEOUT : left).build();
  }

  /**
   * Today in the platform's time zone, by the client's clock: what due dates are compared with.
   *
   * @return the date in Asia/Shanghai
   */
  public LocalDate today() {
    return LocalDate.now(client.configuration().clock().withZone(PLATFORM_ZONE));
  }

  /**
   * Every item of a list operation, fetched page after page without blocking, each page with the
   * time then left (up to {@link #MAX_ITEMS} items).
   *
   * @param <T> the item type
   * @param fetch the asynchronous list call for a cursor, {@code null} for the first page, e.g.
   *     {@code cursor -> bills.listAsync(query.withCursor(cursor), context.options())}
   * @return a future of the items of every page in order, at most {@link #MAX_ITEMS}
   */
  public <T> CompletableFuture<List<T>> allPages(
      Function<@Nullable String, CompletableFuture<Page<T>>> fetch) {
    return collect(fetch, null, new ArrayList<>());
  }

  private static <T> CompletableFuture<List<T>> collect(
      Function<@Nullable String, CompletableFuture<Page<T>>> fetch,
      @Nullable String cursor,
      List<T> sofar) {
    return fetch.apply(cursor).thenCompose(page -> {
      sofar.addAll(page.data());
      if (!page.hasNext() || sofar.size() >= MAX_ITEMS) {
        return CompletableFuture.completedFuture(List.copyOf(sofar.subList(0, Math.min(sofar.size(), MAX_ITEMS))));
      }
      return collect(fetch, page.nextCursor(), sofar);
    });
  }

  @Override
  public String toString() {
    return "OverviewContext[city=" + city.value() + ", options=" + options + "]";
  }
}
