package io.cityservices.traffic;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Which violations of the citizen's own driving licence to list.
 *
 * @param status only violations in this state, or null for all
 * @param limit page size 1-100, or null for the platform's default (20)
 * @param cursor the page to fetch, or null for the first
 */
public record LicenceViolationQuery(@Nullable ViolationStatus status, @Min(1) @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<LicenceViolationQuery> {

  /**
   * Every violation of the licence, first page, default size.
   *
   * @return the query for the first page
   */
  public static LicenceViolationQuery all() {
    return new LicenceViolationQuery(null, null, null);
  }

  /**
   * The violations in {@code status}, first page, default size.
   *
   * @param status the state to filter by; not {@link ViolationStatus#UNKNOWN} (checked when the
   *     query is used)
   * @return the query for the first page
   */
  public static LicenceViolationQuery withStatus(ViolationStatus status) {
    return new LicenceViolationQuery(status, null, null);
  }

  /** The same query for another page. */
  @Override
  public LicenceViolationQuery withCursor(@Nullable String nextCursor) {
    return new LicenceViolationQuery(status, limit, nextCursor);
  }
}
