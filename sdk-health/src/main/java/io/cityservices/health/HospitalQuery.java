package io.cityservices.health;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Which of a city's hospitals to search for; every criterion is optional and they combine with AND.
 * Build one with {@link #builder()}.
 *
 * @param name part of the hospital's name, e.g. {@code 华山}, or null for any
 * @param district the six-digit GB/T 2260 code of a district, or null for the whole city
 * @param level the accreditation grade, or null for any
 * @param department part of a department's name the hospital must have, e.g. {@code 心血管}, or null
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record HospitalQuery(
    @Size(max = 64) @Nullable String name,
    @Pattern(regexp = "\\d{6}", message = "must be a six-digit district code") @Nullable String district,
    @Nullable HospitalLevel level,
    @Size(max = 64) @Nullable String department,
    @Positive @Max(100) @Nullable Integer limit,
    @Nullable String cursor) implements PageQuery<HospitalQuery> {

  /**
   * Every hospital of the city.
   *
   * @return a query with no criteria, starting at the first page
   */
  public static HospitalQuery all() {
    return builder().build();
  }

  /**
   * A builder with no criteria.
   *
   * @return a builder with no criteria set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The same query starting at another page. */
  @Override
  public HospitalQuery withCursor(String nextCursor) {
    return new HospitalQuery(name, district, level, department, limit, nextCursor);
  }

  /** Builds a {@link HospitalQuery}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String district;
    private @Nullable HospitalLevel level;
    private @Nullable String department;
    private @Nullable Integer limit;
    private @Nullable String cursor;

    private Builder() {}

    /**
     * Part of the hospital's name.
     *
     * @param name part of the hospital's name, at most 64 characters
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The district's six-digit code.
     *
     * @param district the six-digit administrative division code of a district, e.g. {@code 310115}
     * @return this builder
     */
    public Builder district(String district) {
      this.district = district;
      return this;
    }

    /**
     * The accreditation grade.
     *
     * @param level the hospital grade to match
     * @return this builder
     */
    public Builder level(HospitalLevel level) {
      this.level = level;
      return this;
    }

    /**
     * Part of a department's name.
     *
     * @param department the name of a clinical department the hospital must have, e.g. {@code 儿科}
     * @return this builder
     */
    public Builder department(String department) {
      this.department = department;
      return this;
    }

    /**
     * The page size, 1 to 100.
     *
     * @param limit the page size, 1 to 100
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
     * Builds the query; its constraints are checked when it is sent.
     *
     * @return the query
     */
    public HospitalQuery build() {
      return new HospitalQuery(name, district, level, department, limit, cursor);
    }
  }
}
