package io.cityservices.traffic;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/** Road condition events: public data, cached per HTTP caching; the app's token suffices. */
public interface RoadConditionsApi {

  /**
   * Events along a route ({@code GET /road-conditions?route=lat,lon;lat,lon}) or in a box
   * ({@code ?bbox=min_lon,min_lat,max_lon,max_lat}), one page at {@link RoadConditionQuery#cursor()}.
   * A cacheable public read: safe, idempotent and retried by the transport; no citizen needed.
   *
   * @param query a route or a box, with page size and cursor
   * @param options per-call options such as a timeout; no citizen needed
   * @return one page of events
   * @throws io.cityservices.core.error.ValidationException an empty or one-point route, more than 50
   *     points, a null point, both or neither of route and box, a box missing a corner or inverted, a
   *     limit outside 1-100; nothing is sent
   * @throws io.cityservices.core.error.CityServicesException any other failure (authentication, rate
   *     limit, timeout, the platform unavailable), as its specific subclass
   * @throws NullPointerException if {@code query} is null
   */
  default Page<RoadEvent> list(RoadConditionQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}: same request and guarantees; failures, the checks before
   * sending included, complete the future exceptionally instead of being thrown.
   *
   * @param query a route or a box, with page size and cursor
   * @param options per-call options such as a timeout; no citizen needed
   * @return a future completing with one page of events, or exceptionally with the exceptions of
   *     {@link #list}
   */
  CompletableFuture<Page<RoadEvent>> listAsync(RoadConditionQuery query, RequestOptions options);

  /**
   * Every event matching {@code query}, from the page at {@code query}'s cursor on (the first page when
   * it has none), fetching each page lazily with {@link #list}; each new iteration starts again at that
   * cursor. Nothing is sent until iteration starts, and the exceptions of {@link #list} are thrown from
   * {@code hasNext()}/{@code next()}. Safe to iterate again: every page is an idempotent read.
   *
   * @param query a route or a box; its cursor is where iteration starts
   * @param options per-call options used for every page; no citizen needed
   * @return a lazy iterable over the events of every page
   * @throws NullPointerException if {@code query} is null
   */
  default PagedIterable<RoadEvent> listAll(RoadConditionQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }
}
