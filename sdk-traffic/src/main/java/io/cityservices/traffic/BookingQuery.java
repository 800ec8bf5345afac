package io.cityservices.traffic;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Which page of the citizen's inspection bookings to list: a page size and the cursor of the page to fetch. Both are optional; the
 * page size is checked (1-100) before anything is sent.
 *
 * @param limit page size 1-100, or null for the platform's default (20)
 * @param cursor the cursor of the page to fetch ({@code Page.nextCursor()}), or null for the first
 */
public record BookingQuery(@Min(1) @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<BookingQuery> {

  /**
   * The first page at the platform's default size.
   *
   * @return the query for the first page
   */
  public static BookingQuery all() {
    return new BookingQuery(null, null);
  }

  /**
   * The first page with {@code limit} entries at most.
   *
   * @param limit the most bookings per page, 1-100 (checked when the query is used)
   * @return the query for the first page
   */
  public static BookingQuery firstPage(int limit) {
    return new BookingQuery(limit, null);
  }

  /** The same query for another page. */
  @Override
  public BookingQuery withCursor(@Nullable String nextCursor) {
    return new BookingQuery(limit, nextCursor);
  }
}
