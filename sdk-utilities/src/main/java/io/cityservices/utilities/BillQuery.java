package io.cityservices.utilities;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which bills to list: of one account or of all the citizen's accounts, optionally only in some
 * statuses, a page at a time.
 *
 * <pre>{@code
 * BillQuery.builder().accountId(id).statuses(BillStatus.outstanding()).build();
 * }</pre>
 *
 * @param accountId the bound account, or null for every account of the citizen
 * @param statuses only bills in these statuses; empty for all
 * @param limit page size from 1 to 100, or null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first
 */
public record BillQuery(
    @Nullable String accountId, Set<BillStatus> statuses, @Min(1) @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<BillQuery> {

  /**
   * Copies the statuses; null means all.
   *
   * @param accountId the bound account, or null for every account of the citizen
   * @param statuses only bills in these statuses; empty for all
   * @param limit page size from 1 to 100, or null for the platform's default
   * @param cursor the cursor of the page to fetch, or null for the first
   */
  public BillQuery {
    statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /**
   * Every bill of every account of the citizen.
   *
   * @return the query for the first page, at the platform's default size
   */
  public static BillQuery all() {
    return builder().build();
  }

  /**
   * The bills still due (see {@link BillStatus#outstanding()}) across all the citizen's accounts.
   *
   * @return the query for the first page, at the platform's default size
   */
  public static BillQuery outstanding() {
    return builder().statuses(BillStatus.outstanding()).build();
  }

  /**
   * A builder with nothing set: every bill of every account, first page, default size.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The same request for the page at {@code cursor}. */
  @Override
  public BillQuery withCursor(@Nullable String cursor) {
    return new BillQuery(accountId, statuses, limit, cursor);
  }

  /** Builds a {@link BillQuery}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String accountId;
    private Set<BillStatus> statuses = Set.of();
    private @Nullable Integer limit;
    private @Nullable String cursor;

    private Builder() {}

    /**
     * Only this account's bills.
     *
     * @param accountId the bound account's id, from {@link UtilityAccount#id()}, or null for every
     *     account
     * @return this builder
     */
    public Builder accountId(@Nullable String accountId) {
      this.accountId = accountId;
      return this;
    }

    /**
     * Only bills in these statuses.
     *
     * @param statuses the statuses to keep; empty for all
     * @return this builder
     */
    public Builder statuses(Set<BillStatus> statuses) {
      this.statuses = statuses;
      return this;
    }

    /**
     * Only bills in these statuses.
     *
     * @param first a status to keep
     * @param more further statuses to keep
     * @return this builder
     */
    public Builder statuses(BillStatus first, BillStatus... more) {
      this.statuses = EnumSet.of(first, more);
      return this;
    }

    /**
     * Page size, 1 to 100.
     *
     * @param limit the most bills per page, 1-100 (checked when the query is used), or null for the
     *     default
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The page to fetch.
     *
     * @param cursor the {@code nextCursor} of the previous page, or null for the first page
     * @return this builder
     */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * The query with the values set so far; checked when it is used, not here.
     *
     * @return a new query
     */
    public BillQuery build() {
      return new BillQuery(accountId, statuses, limit, cursor);
    }
  }
}
