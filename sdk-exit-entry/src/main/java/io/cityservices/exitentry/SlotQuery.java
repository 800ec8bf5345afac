package io.cityservices.exitentry;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * The slots of one office on one day. Build one with {@link #of(String, LocalDate)}.
 *
 * @param officeId the office (required)
 * @param date the day, in Asia/Shanghai (required)
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record SlotQuery(@NotBlank String officeId, @NotNull LocalDate date, @Positive @Max(100) Integer limit, String cursor) implements PageQuery<SlotQuery> {

  /** The slots of {@code officeId} on {@code date}, first page, default size. */
  public static SlotQuery of(String officeId, LocalDate date) {
    return new SlotQuery(officeId, date, null, null);
  }

  /** The same query with another page size. */
  public SlotQuery withLimit(int pageSize) {
    return new SlotQuery(officeId, date, pageSize, cursor);
  }

  /** The same query starting at another page. */
  @Override
  public SlotQuery withCursor(String nextCursor) {
    return new SlotQuery(officeId, date, limit, nextCursor);
  }
}
