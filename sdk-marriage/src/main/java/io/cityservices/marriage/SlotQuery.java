package io.cityservices.marriage;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which slots to list: an office's, over a date range of at most {@value #MAX_DAYS} days. Build one
 * with {@link #builder(String)}. A reversed or longer range is refused when the query is listed, with
 * a {@code ValidationException} naming {@code to}; nothing is sent.
 *
 * @param officeId the office (required)
 * @param from the first date (inclusive), or null for tomorrow (the first bookable day)
 * @param to the last date (inclusive), or null for the last day released so far
 * @param limit the page size, 1 to 200; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record SlotQuery(
    @NotBlank String officeId,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Positive @Max(200) @Nullable Integer limit,
    @Nullable String cursor) implements PageQuery<SlotQuery> {

  /** The longest date range one query may cover. */
  public static final int MAX_DAYS = 31;

  /**
   * A builder for the slots of {@code officeId}.
   *
   * @param officeId the platform's id of the office
   * @return a builder with no date range, department or doctor set
   */
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
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable Integer limit;
    private @Nullable String cursor;

    private Builder(String officeId) {
      this.officeId = officeId;
    }

    /**
     * The first date, inclusive.
     *
     * @param from the first date, inclusive
     * @return this builder
     */
    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    /**
     * The last date, inclusive.
     *
     * @param to the last date, inclusive; at most {@value SlotQuery#MAX_DAYS} days after {@code
     *     from}
     * @return this builder
     */
    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    /**
     * Only the slots of one day.
     *
     * @param date the day, in the city's time zone
     * @return this builder
     */
    public Builder on(LocalDate date) {
      return from(date).to(date);
    }

    /**
     * The page size, 1 to 200.
     *
     * @param limit the page size, 1 to 200
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The page to start at.
     *
     * @param cursor the cursor of the page to start at, as returned with a previous page
     * @return this builder
     */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Builds the query; its date range is checked when it is sent.
     *
     * @return the query
     */
    public SlotQuery build() {
      return new SlotQuery(officeId, from, to, limit, cursor);
    }
  }
}
