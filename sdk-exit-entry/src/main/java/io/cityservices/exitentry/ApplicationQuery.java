package io.cityservices.exitentry;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Which of the citizen's applications to list.
 *
 * @param status only applications in this status, or null for all
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record ApplicationQuery(@Nullable ApplicationStatus status, @Positive @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<ApplicationQuery> {

  /**
   * Every application, newest first.
   *
   * @return a query with no criteria, starting at the first page
   */
  public static ApplicationQuery all() {
    return new ApplicationQuery(null, null, null);
  }

  /**
   * The applications in {@code status}.
   *
   * @param status the status to filter on
   * @return a query for that status only, starting at the first page
   */
  public static ApplicationQuery withStatus(ApplicationStatus status) {
    return new ApplicationQuery(status, null, null);
  }

  /**
   * The same query with another page size.
   *
   * @param pageSize the page size, 1 to 100
   * @return a copy of this query with that page size
   */
  public ApplicationQuery withLimit(int pageSize) {
    return new ApplicationQuery(status, pageSize, cursor);
  }

  /** The same query starting at another page. */
  @Override
  public ApplicationQuery withCursor(String nextCursor) {
    return new ApplicationQuery(status, limit, nextCursor);
  }
}
