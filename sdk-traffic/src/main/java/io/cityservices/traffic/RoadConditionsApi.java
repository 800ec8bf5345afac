package io.cityservices.traffic;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/** Road condition events: public data, cached per HTTP caching; the app's token suffices. */
public interface RoadConditionsApi {

  /**
   * Events along a route ({@code GET /road-conditions?route=lat,lon;lat,lon}) or in a box
   * ({@code ?bbox=min_lon,min_lat,max_lon,max_lat}). A cacheable public read.
   *
   * @throws io.cityservices.core.error.ValidationException an empty or one-point route, more than 50
   *     points, both or neither of route and box, an inverted box; nothing is sent
   */
  Page<RoadEvent> list(RoadConditionQuery query, RequestOptions options);

  /** The asynchronous form of {@link #list}. */
  CompletableFuture<Page<RoadEvent>> listAsync(RoadConditionQuery query, RequestOptions options);

  /** Every event matching {@code query}, from the first page on. */
  PagedIterable<RoadEvent> listAll(RoadConditionQuery query, RequestOptions options);
}
