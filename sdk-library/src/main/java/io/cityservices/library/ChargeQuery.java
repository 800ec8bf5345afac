package io.cityservices.library;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Which charges to list, a page at a time, newest first.
 *
 * @param status only charges in this status, or null for all
 * @param limit page size from 1 to 100, or null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first
 */
public record ChargeQuery(
    @Nullable ChargeStatus status, @Min(1) @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<ChargeQuery> {

  /**
   * Every charge.
   *
   * @return a query for every status, first page, default page size
   */
  public static ChargeQuery all() {
    return new ChargeQuery(null, null, null);
  }

  /**
   * The charges still owed.
   *
   * @return a query for {@link ChargeStatus#OUTSTANDING} charges, first page, default page size
   */
  public static ChargeQuery outstanding() {
    return new ChargeQuery(ChargeStatus.OUTSTANDING, null, null);
  }

  /**
   * The same query with pages of {@code limit}.
   *
   * @param limit charges per page from 1 to 100, or null for the platform's default
   * @return a copy of this query with that page size
   */
  public ChargeQuery withLimit(@Nullable Integer limit) {
    return new ChargeQuery(status, limit, cursor);
  }

  /** The same query for the page at {@code cursor}. */
  @Override
  public ChargeQuery withCursor(@Nullable String cursor) {
    return new ChargeQuery(status, limit, cursor);
  }
}
