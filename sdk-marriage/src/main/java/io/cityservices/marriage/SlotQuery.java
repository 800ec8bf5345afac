package io.cityservices.marriage;

import io.cityservices.core.error.ValidationException;
import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Which slots to list: an office's, over a date range of at most {@value #MAX_DAYS} days. Build one
 * with {@link #builder(String)}.
 *
 * @param officeId the office (required)
 * @param from the first date (inclusive), or null for tomorrow (the first bookable day)
 * @param to the last date (inclusive), or null for the last day released so far
 * @param limit the page size, 1 to 200; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record SlotQuery(
    @NotBlank String officeId,
    LocalDate from,
    LocalDate to,
    @Positive @Max(200) Integer limit,
    String cursor) implements PageQuery<SlotQuery> {

  /** The longest date range one query may cover. */
  public static final int MAX_DAYS = 31;

  /**
   * Checks the date range.
   *
   * @throws ValidationException naming {@code to} when it is before {@code from} or the range is
   *     longer than {@value #MAX_DAYS} days
   */
  public SlotQuery {
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        throw ValidationException.of("to", "must not be before from");
      }
      if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
        throw ValidationException.of("to", "the range may cover at most " + MAX_DAYS + " days");
      }
    }
  }

  /** A builder for the slots of {@code officeId}. */
  public static Builder builder(String officeId) {
    return new Builder(officeId);
  }

  /** The same query starting at another page. */
  @Override
  public SlotQuery withCursor(String nextCursor) {
    return new SlotQuery(officeId, from, to, limit, nextCursor);
  }

  /** Builds a {@link SlotQuery}. */
  public static final class Builder {
    private final String officeId;
    private LocalDate from;
    private LocalDate to;
    private Integer limit;
    private String cursor;

    private Builder(String officeId) {
      this.officeId = officeId;
    }

    /** The first date, inclusive. */
    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    /** The last date, inclusive. */
    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    /** Only the slots of one day. */
    public Builder on(LocalDate date) {
      return from(date).to(date);
    }

    /** The page size, 1 to 200. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** The page to start at. */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Builds the query.
     *
     * @throws ValidationException when the date range is invalid
     */
    public SlotQuery build() {
      return new SlotQuery(officeId, from, to, limit, cursor);
    }
  }
}
