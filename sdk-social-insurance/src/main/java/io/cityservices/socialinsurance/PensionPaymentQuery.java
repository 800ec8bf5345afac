package io.cityservices.socialinsurance;

import io.cityservices.core.error.ValidationException;
import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Which pension payments to list, newest month first; every criterion is optional.
 *
 * @param from the first month, or null for the first payment
 * @param to the last month, or null for the latest
 * @param limit the page size, 1 to 100; null for the platform's default (24)
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record PensionPaymentQuery(
    @Nullable YearMonth from, @Nullable YearMonth to, @Positive @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<PensionPaymentQuery> {

  /**
   * Checks the period.
   *
   * @param from the first month, or null for the first payment
   * @param to the last month, or null for the latest
   * @param limit the page size, 1 to 100; null for the platform's default (24)
   * @param cursor the cursor of the page to fetch, or null for the first page
   * @throws ValidationException naming {@code to} when it is before {@code from}
   */
  public PensionPaymentQuery {
    if (from != null && to != null && to.isBefore(from)) {
      throw ValidationException.of("to", "must not be before from");
    }
  }

  /**
   * Every payment.
   *
   * @return a query with no period, first page, default page size
   */
  public static PensionPaymentQuery all() {
    return new PensionPaymentQuery(null, null, null, null);
  }

  /**
   * The payments for the months of {@code year}.
   *
   * @param year the calendar year, e.g. 2025
   * @return a query from January to December of {@code year}
   */
  public static PensionPaymentQuery year(int year) {
    return new PensionPaymentQuery(YearMonth.of(year, 1), YearMonth.of(year, 12), null, null);
  }

  /** The same query starting at another page. */
  @Override
  public PensionPaymentQuery withCursor(@Nullable String nextCursor) {
    return new PensionPaymentQuery(from, to, limit, nextCursor);
  }
}
