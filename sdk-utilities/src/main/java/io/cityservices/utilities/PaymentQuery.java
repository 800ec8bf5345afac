package io.cityservices.utilities;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * A page of the citizen's utility payment history, newest first.
 *
 * @param limit page size from 1 to 100, or null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first
 */
public record PaymentQuery(@Min(1) @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<PaymentQuery> {

  /**
   * The first page with the platform's default size.
   *
   * @return the query for the first page
   */
  public static PaymentQuery firstPage() {
    return new PaymentQuery(null, null);
  }

  /**
   * The first page of {@code limit} payments.
   *
   * @param limit the most payments per page, 1-100 (checked when the query is used)
   * @return the query for the first page
   */
  public static PaymentQuery ofLimit(int limit) {
    return new PaymentQuery(limit, null);
  }

  /** The same request for the page at {@code cursor}. */
  @Override
  public PaymentQuery withCursor(@Nullable String cursor) {
    return new PaymentQuery(limit, cursor);
  }
}
