package io.cityservices.utilities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/**
 * The usage of an account over whole months, at a granularity. A span may cover at most 36 months of
 * monthly readings, 12 months of daily readings or 1 month of hourly readings.
 *
 * @param accountId the bound account
 * @param from the first month, inclusive
 * @param to the last month, inclusive; not before {@code from}
 * @param granularity the interval of each reading
 */
public record UsageQuery(
    @NotBlank String accountId, @NotNull YearMonth from, @NotNull YearMonth to, @NotNull UsageGranularity granularity) {

  /**
   * Monthly readings of {@code accountId} from {@code from} to {@code to}, both inclusive.
   *
   * @param accountId the bound account's id, from {@link UtilityAccount#id()}
   * @param from the first month
   * @param to the last month, at most 36 months after {@code from} counting both (checked when the
   *     query is used)
   * @return the query, at {@link UsageGranularity#MONTH}
   */
  public static UsageQuery monthly(String accountId, YearMonth from, YearMonth to) {
    return new UsageQuery(accountId, from, to, UsageGranularity.MONTH);
  }
}
