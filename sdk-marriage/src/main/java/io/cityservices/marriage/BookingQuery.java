package io.cityservices.marriage;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Which of the citizen's bookings to list (those they initiated and those naming them as partner);
 * every criterion is optional.
 *
 * @param status only bookings in this status, or null for all
 * @param role only bookings where the citizen has this role, or null for both
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record BookingQuery(
    @Nullable BookingStatus status, @Nullable PartyRole role, @Positive @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<BookingQuery> {

  /**
   * Every booking of the citizen.
   *
   * @return a query with no criteria, starting at the first page
   */
  public static BookingQuery all() {
    return new BookingQuery(null, null, null, null);
  }

  /**
   * The bookings in {@code status}.
   *
   * @param status the status to filter on
   * @return a query for that status only, starting at the first page
   */
  public static BookingQuery withStatus(BookingStatus status) {
    return new BookingQuery(status, null, null, null);
  }

  /**
   * The bookings that name the citizen as partner and wait for their consent.
   *
   * @return a query for the bookings that wait for the citizen's own consent as the partner
   */
  public static BookingQuery awaitingMyConsent() {
    return new BookingQuery(BookingStatus.PENDING_PARTNER_CONSENT, PartyRole.PARTNER, null, null);
  }

  /**
   * The same query with another page size.
   *
   * @param pageSize the page size, 1 to 100
   * @return a copy of this query with that page size
   */
  public BookingQuery withLimit(int pageSize) {
    return new BookingQuery(status, role, pageSize, cursor);
  }

  /** The same query starting at another page. */
  @Override
  public BookingQuery withCursor(String nextCursor) {
    return new BookingQuery(status, role, limit, nextCursor);
  }
}
