package io.cityservices.library;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which of the citizen's holds to list, a page at a time, newest first.
 *
 * @param statuses only holds in these statuses; empty for all
 * @param limit page size from 1 to 100, or null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first
 */
public record HoldQuery(
    Set<HoldStatus> statuses, @Min(1) @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<HoldQuery> {

  /**
   * Copies {@code statuses}; null or empty means every status.
   *
   * @param statuses only holds in these statuses; empty for all
   * @param limit page size from 1 to 100, or null for the platform's default
   * @param cursor the cursor of the page to fetch, or null for the first
   */
  public HoldQuery {
    statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /**
   * Every hold, open and closed.
   *
   * @return a query for every status, first page, default page size
   */
  public static HoldQuery all() {
    return new HoldQuery(Set.of(), null, null);
  }

  /**
   * The open holds ({@link HoldStatus#open()}).
   *
   * @return a query for the open statuses, first page, default page size
   */
  public static HoldQuery open() {
    return new HoldQuery(HoldStatus.open(), null, null);
  }

  /**
   * Holds in these statuses.
   *
   * @param first a status to include
   * @param more further statuses to include
   * @return a query for those statuses, first page, default page size
   */
  public static HoldQuery withStatus(HoldStatus first, HoldStatus... more) {
    return new HoldQuery(EnumSet.of(first, more), null, null);
  }

  /**
   * The same query with pages of {@code limit}.
   *
   * @param limit holds per page from 1 to 100, or null for the platform's default
   * @return a copy of this query with that page size
   */
  public HoldQuery withLimit(@Nullable Integer limit) {
    return new HoldQuery(statuses, limit, cursor);
  }

  /** The same query for the page at {@code cursor}. */
  @Override
  public HoldQuery withCursor(@Nullable String cursor) {
    return new HoldQuery(statuses, limit, cursor);
  }
}
