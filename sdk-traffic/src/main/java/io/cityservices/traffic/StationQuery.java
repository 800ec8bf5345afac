package io.cityservices.traffic;

import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Which inspection stations to list: all of the city's, or those within a radius of a point.
 *
 * @param near the point to search around, or null for the whole city
 * @param radiusKm the radius around {@code near} in km (0-100], or null for the platform's default
 *     (10 km); only with {@code near}
 * @param limit page size 1-100, or null for the default
 * @param cursor the page to fetch, or null for the first
 */
public record StationQuery(
    @Nullable GeoPoint near,
    @Positive @DecimalMax("100") @Nullable Double radiusKm,
    @Min(1) @Max(100) @Nullable Integer limit,
    @Nullable String cursor) implements PageQuery<StationQuery> {

  /**
   * Every station of the city.
   *
   * @return the first page of all stations, at the platform's default size
   */
  public static StationQuery inCity() {
    return new StationQuery(null, null, null, null);
  }

  /**
   * The stations within {@code radiusKm} of {@code point}.
   *
   * @param point the point to search around
   * @param radiusKm the radius in km, in (0, 100] (checked when the query is used)
   * @return the first page of those stations, at the platform's default size
   */
  public static StationQuery near(GeoPoint point, double radiusKm) {
    return new StationQuery(point, radiusKm, null, null);
  }

  /** The same query for another page. */
  @Override
  public StationQuery withCursor(@Nullable String nextCursor) {
    return new StationQuery(near, radiusKm, limit, nextCursor);
  }
}
