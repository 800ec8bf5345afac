package io.cityservices.socialinsurance;

import io.cityservices.core.error.ValidationException;
import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Which contributions to list, oldest month first; every criterion is optional.
 *
 * @param insuranceType only this type, or null for every type
 * @param from the first month, or null for the start of the record
 * @param to the last month, or null for the latest
 * @param status only posted or only not-yet-posted contributions, or null for both
 * @param limit the page size, 1 to 100; null for the platform's default (50)
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record ContributionQuery(
    @Nullable InsuranceType insuranceType,
    @Nullable YearMonth from,
    @Nullable YearMonth to,
    @Nullable ContributionStatus status,
    @Positive @Max(100) @Nullable Integer limit,
    @Nullable String cursor) implements PageQuery<ContributionQuery> {

  /**
   * Checks the period and that no criterion is {@code UNKNOWN}.
   *
   * @param insuranceType only this type, or null for every type
   * @param from the first month, or null for the start of the record
   * @param to the last month, or null for the latest
   * @param status only posted or only not-yet-posted contributions, or null for both
   * @param limit the page size, 1 to 100; null for the platform's default (50)
   * @param cursor the cursor of the page to fetch, or null for the first page
   * @throws ValidationException naming {@code to} when it is before {@code from}, or {@code
   *     insurance_type} or {@code status} when it is {@code UNKNOWN} (nothing could match it)
   */
  public ContributionQuery {
    if (from != null && to != null && to.isBefore(from)) {
      throw ValidationException.of("to", "must not be before from");
    }
    if (insuranceType == InsuranceType.UNKNOWN) {
      throw ValidationException.of("insurance_type", "must be a known insurance type");
    }
    if (status == ContributionStatus.UNKNOWN) {
      throw ValidationException.of("status", "must be POSTED or NOT_POSTED");
    }
  }

  /**
   * Every contribution of the person.
   *
   * @return a query with no criterion, first page, default page size
   */
  public static ContributionQuery all() {
    return new ContributionQuery(null, null, null, null, null, null);
  }

  /**
   * Starts a query.
   *
   * @return a builder with no criterion
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The same query starting at another page. */
  @Override
  public ContributionQuery withCursor(@Nullable String nextCursor) {
    return new ContributionQuery(insuranceType, from, to, status, limit, nextCursor);
  }

  /** Builds a {@link ContributionQuery}; not thread-safe. */
  public static final class Builder {
    private @Nullable InsuranceType insuranceType;
    private @Nullable YearMonth from;
    private @Nullable YearMonth to;
    private @Nullable ContributionStatus status;
    private @Nullable Integer limit;
    private @Nullable String cursor;

    private Builder() {}

    /**
     * Only this insurance type.
     *
     * @param insuranceType a known type, or null (the default) for every type
     * @return this builder
     */
    public Builder insuranceType(@Nullable InsuranceType insuranceType) {
      this.insuranceType = insuranceType;
      return this;
    }

    /**
     * From this month on (inclusive).
     *
     * @param from the month, or null (the default) for the start of the record
     * @return this builder
     */
    public Builder from(@Nullable YearMonth from) {
      this.from = from;
      return this;
    }

    /**
     * Up to this month (inclusive).
     *
     * @param to the month, or null (the default) for the latest
     * @return this builder
     */
    public Builder to(@Nullable YearMonth to) {
      this.to = to;
      return this;
    }

    /**
     * Only contributions in this status.
     *
     * @param status a known status, or null (the default) for both
     * @return this builder
     */
    public Builder status(@Nullable ContributionStatus status) {
      this.status = status;
      return this;
    }

    /**
     * The page size, 1 to 100.
     *
     * @param limit contributions per page, 1 to 100
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The page to start at.
     *
     * @param cursor the cursor a previous page returned, or null for the first page
     * @return this builder
     */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Makes the query from the criteria set so far.
     *
     * @return the query with the criteria set so far
     * @throws ValidationException as the record's constructor does
     */
    public ContributionQuery build() {
      return new ContributionQuery(insuranceType, from, to, status, limit, cursor);
    }
  }
}
