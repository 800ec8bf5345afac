package io.cityservices.marriage;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

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
    BookingStatus status, PartyRole role, @Positive @Max(100) Integer limit, String cursor) implements PageQuery<BookingQuery> {

  /** Every booking of the citizen. */
  public static BookingQuery all() {
    return new BookingQuery(null, null, null, null);
  }

  /** The bookings in {@code status}. */
  public static BookingQuery withStatus(BookingStatus status) {
    return new BookingQuery(status, null, null, null);
  }

  /** The bookings that name the citizen as partner and wait for their consent. */
  public static BookingQuery awaitingMyConsent() {
    return new BookingQuery(BookingStatus.PENDING_PARTNER_CONSENT, PartyRole.PARTNER, null, null);
  }

  /** The same query with another page size. */
  public BookingQuery withLimit(int pageSize) {
    return new BookingQuery(status, role, pageSize, cursor);
  }

  /** The same query starting at another page. */
  @Override
  public BookingQuery withCursor(String nextCursor) {
    return new BookingQuery(status, role, limit, nextCursor);
  }
}
