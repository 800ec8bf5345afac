package io.cityservices.traffic;

import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where to look for road events: along a route (at least two points, at most 50) or in a bounding box.
 *
 * @param route the route's points in order, or null when searching a box
 * @param southWest the box's south-west corner, or null when searching a route
 * @param northEast the box's north-east corner, or null when searching a route
 * @param limit page size 1-100, or null for the default
 * @param cursor the page to fetch, or null for the first
 */
public record RoadConditionQuery(
    @Nullable List<GeoPoint> route, @Nullable GeoPoint southWest, @Nullable GeoPoint northEast, @Min(1) @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<RoadConditionQuery> {

  /**
   * Events along {@code route}.
   *
   * @param route the route's points in order, 2 to 50 of them (checked when the query is used);
   *     copied
   * @return the first page of events along the route, at the platform's default size
   */
  public static RoadConditionQuery alongRoute(@Nullable List<GeoPoint> route) {
    return new RoadConditionQuery(route == null ? null : List.copyOf(route), null, null, null, null);
  }

  /**
   * Events in the box between two corners.
   *
   * @param southWest the box's south-west corner
   * @param northEast the box's north-east corner; must lie north and east of {@code southWest}
   *     (checked when the query is used)
   * @return the first page of events in the box, at the platform's default size
   * @throws NullPointerException if a corner is null
   */
  public static RoadConditionQuery inBox(GeoPoint southWest, GeoPoint northEast) {
    return new RoadConditionQuery(
        null, Objects.requireNonNull(southWest, "southWest"), Objects.requireNonNull(northEast, "northEast"), null, null);
  }

  /** The same query for another page. */
  @Override
  public RoadConditionQuery withCursor(@Nullable String nextCursor) {
    return new RoadConditionQuery(route, southWest, northEast, limit, nextCursor);
  }

  /**
   * The same query with another page size.
   *
   * @param pageSize the most events per page, 1-100 (checked when the query is used)
   * @return a copy of this query with that page size
   */
  public RoadConditionQuery withLimit(int pageSize) {
    return new RoadConditionQuery(route, southWest, northEast, pageSize, cursor);
  }
}
