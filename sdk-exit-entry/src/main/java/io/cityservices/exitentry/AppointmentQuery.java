package io.cityservices.exitentry;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Which of the citizen's appointments to list.
 *
 * @param status only appointments in this status, or null for all
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record AppointmentQuery(@Nullable AppointmentStatus status, @Positive @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<AppointmentQuery> {

  /**
   * Every appointment, newest first.
   *
   * @return a query with no criteria, starting at the first page
   */
  public static AppointmentQuery all() {
    return new AppointmentQuery(null, null, null);
  }

  /**
   * The appointments in {@code status}.
   *
   * @param status the status to filter on
   * @return a query for that status only, starting at the first page
   */
  public static AppointmentQuery withStatus(AppointmentStatus status) {
    return new AppointmentQuery(status, null, null);
  }

  /**
   * The same query with another page size.
   *
   * @param pageSize the page size, 1 to 100
   * @return a copy of this query with that page size
   */
  public AppointmentQuery withLimit(int pageSize) {
    return new AppointmentQuery(status, pageSize, cursor);
  }

  /** The same query starting at another page. */
  @Override
  public AppointmentQuery withCursor(String nextCursor) {
    return new AppointmentQuery(status, limit, nextCursor);
  }
}
