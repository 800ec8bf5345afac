package io.cityservices.library;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Which of the citizen's current loans to list, a page at a time, soonest due first.
 *
 * @param overdueOnly only overdue loans
 * @param limit page size from 1 to 100, or null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first
 */
public record LoanQuery(
    boolean overdueOnly, @Min(1) @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<LoanQuery> {

  /**
   * Every current loan, in pages of the platform's default size.
   *
   * @return a query for every current loan, first page, default page size
   */
  public static LoanQuery all() {
    return new LoanQuery(false, null, null);
  }

  /**
   * Only overdue loans.
   *
   * @return a query for overdue loans only, first page, default page size
   */
  public static LoanQuery overdue() {
    return new LoanQuery(true, null, null);
  }

  /**
   * The same query with pages of {@code limit}.
   *
   * @param limit loans per page from 1 to 100, or null for the platform's default
   * @return a copy of this query with that page size
   */
  public LoanQuery withLimit(@Nullable Integer limit) {
    return new LoanQuery(overdueOnly, limit, cursor);
  }

  /** The same query for the page at {@code cursor}. */
  @Override
  public LoanQuery withCursor(@Nullable String cursor) {
    return new LoanQuery(overdueOnly, limit, cursor);
  }
}
