package io.cityservices.health;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which slots to list: a hospital's, narrowed to a department or a doctor, over a date range of at
 * most {@value #MAX_DAYS} days. Build one with {@link #builder(String)}. A reversed or longer range
 * is refused when the query is listed, with a {@code ValidationException} naming {@code to}; nothing
 * is sent.
 *
 * @param hospitalId the hospital (required)
 * @param departmentId the department, or null
 * @param doctorId the doctor, or null
 * @param from the first date (inclusive), or null for today
 * @param to the last date (inclusive), or null for the platform's horizon
 * @param limit the page size, 1 to 200; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record SlotQuery(
    @NotBlank String hospitalId,
    @Nullable String departmentId,
    @Nullable String doctorId,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Positive @Max(200) @Nullable Integer limit,
    @Nullable String cursor) implements PageQuery<SlotQuery> {

  /** The longest date range one query may cover. */
  public static final int MAX_DAYS = 31;

  /**
   * A builder for the slots of {@code hospitalId}.
   *
   * @param hospitalId the platform's id of the hospital
   * @return a builder with no date range, department or doctor set
   */
  public static Builder builder(String hospitalId) {
    return new Builder(hospitalId);
  }

  /** The same query starting at another page. */
  @Override
  public SlotQuery withCursor(String nextCursor) {
    return new SlotQuery(hospitalId, departmentId, doctorId, from, to, limit, nextCursor);
  }

  /** Builds a {@link SlotQuery}. */
  public static final class Builder {
    private final String hospitalId;
    private @Nullable String departmentId;
    private @Nullable String doctorId;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable Integer limit;
    private @Nullable String cursor;

    private Builder(String hospitalId) {
      this.hospitalId = hospitalId;
    }

    /**
     * Only this department's slots.
     *
     * @param departmentId the platform's id of the department; null for every department
     * @return this builder
     */
    public Builder departmentId(String departmentId) {
      this.departmentId = departmentId;
      return this;
    }

    /**
     * Only this doctor's slots.
     *
     * @param doctorId the platform's id of the doctor
     * @return this builder
     */
    public Builder doctorId(String doctorId) {
      this.doctorId = doctorId;
      return this;
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
      return new SlotQuery(hospitalId, departmentId, doctorId, from, to, limit, cursor);
    }
  }
}
