package io.cityservices.exitentry;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The slots of one office on one day. Build one with {@link #of(String, LocalDate)}.
 *
 * @param officeId the office (required)
 * @param date the day, in Asia/Shanghai (required)
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record SlotQuery(@NotBlank String officeId, @NotNull LocalDate date, @Positive @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<SlotQuery> {

  /**
   * The slots of {@code officeId} on {@code date}, first page, default size.
   *
   * @param officeId the platform's id of the office
   * @param date the day, in the city's time zone
   * @return a query for that office's slots on that day
   */
  public static SlotQuery of(String officeId, LocalDate date) {
    return new SlotQuery(officeId, date, null, null);
  }

  /**
   * The same query with another page size.
   *
   * @param pageSize the page size, 1 to 100
   * @return a copy of this query with that page size
   */
  public SlotQuery withLimit(int pageSize) {
    return new SlotQuery(officeId, date, pageSize, cursor);
  }

  /** The same query starting at another page. */
  @Override
  public SlotQuery withCursor(String nextCursor) {
    return new SlotQuery(officeId, date, limit, nextCursor);
  }
}
