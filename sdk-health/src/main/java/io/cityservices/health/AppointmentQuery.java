package io.cityservices.health;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Which of the citizen's appointments to list; every criterion is optional.
 *
 * @param status only appointments in this status, or null for all
 * @param patientId only this patient's, or null for every patient of the citizen
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record AppointmentQuery(
    @Nullable AppointmentStatus status, @Nullable String patientId, @Positive @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<AppointmentQuery> {

  /**
   * Every appointment of the citizen.
   *
   * @return a query with no criteria, starting at the first page
   */
  public static AppointmentQuery all() {
    return new AppointmentQuery(null, null, null, null);
  }

  /**
   * The appointments in {@code status}.
   *
   * @param status the status to filter on
   * @return a query for that status only, starting at the first page
   */
  public static AppointmentQuery withStatus(AppointmentStatus status) {
    return new AppointmentQuery(status, null, null, null);
  }

  /** The same query starting at another page. */
  @Override
  public AppointmentQuery withCursor(String nextCursor) {
    return new AppointmentQuery(status, patientId, limit, nextCursor);
  }
}
