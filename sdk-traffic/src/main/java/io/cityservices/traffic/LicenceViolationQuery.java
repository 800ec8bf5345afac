package io.cityservices.traffic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which violations of the citizen's own driving licence to list.
 *
 * @param state only violations in this state, or null for all
 * @param limit page size 1-100, or null for the platform's default (20)
 * @param cursor the page to fetch, or null for the first
 */
public record LicenceViolationQuery(ViolationState state, @Min(1) @Max(100) Integer limit, String cursor) {

  /** Every violation of the licence, first page, default size. */
  public static LicenceViolationQuery all() {
    return new LicenceViolationQuery(null, null, null);
  }

  /** The violations in {@code state}, first page, default size. */
  public static LicenceViolationQuery inState(ViolationState state) {
    return new LicenceViolationQuery(state, null, null);
  }

  /** The same query for another page. */
  public LicenceViolationQuery withCursor(String nextCursor) {
    return new LicenceViolationQuery(state, limit, nextCursor);
  }
}
