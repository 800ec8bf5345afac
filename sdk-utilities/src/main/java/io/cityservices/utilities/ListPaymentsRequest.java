package io.cityservices.utilities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A page of the citizen's utility payment history, newest first.
 *
 * @param limit page size from 1 to 100, or null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first
 */
public record ListPaymentsRequest(@Min(1) @Max(100) Integer limit, String cursor) {

  /** The first page with the platform's default size. */
  public static ListPaymentsRequest firstPage() {
    return new ListPaymentsRequest(null, null);
  }

  /** The first page of {@code limit} payments. */
  public static ListPaymentsRequest ofLimit(int limit) {
    return new ListPaymentsRequest(limit, null);
  }

  /** The same request for the page at {@code cursor}. */
  public ListPaymentsRequest withCursor(String cursor) {
    return new ListPaymentsRequest(limit, cursor);
  }
}
