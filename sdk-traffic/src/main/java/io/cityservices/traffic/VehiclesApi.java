package io.cityservices.traffic;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * The vehicles bound to the citizen (机动车). Every call acts for a citizen: pass
 * {@link RequestOptions#forCitizen}. All calls are reads: safe, idempotent and retried by the
 * transport.
 */
public interface VehiclesApi {

  /**
   * A page of the citizen's vehicles ({@code GET /vehicles?limit=&cursor=}), plates and VINs masked in
   * {@code toString()}. A safe, idempotent read, retried by the transport.
   *
   * @param query the page size and cursor ({@link VehicleQuery#all()} for the first page)
   * @param options must name the citizen ({@link RequestOptions#forCitizen})
   * @return one page of vehicles
   * @throws io.cityservices.core.error.ValidationException no citizen in the options or a page size
   *     out of range; nothing sent
   * @throws io.cityservices.core.error.CityServicesException any other failure (authentication, rate
   *     limit, timeout, the platform unavailable), as its specific subclass
   */
  default Page<Vehicle> list(VehicleQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}: same request and guarantees; failures complete the future
   * exceptionally instead of being thrown.
   *
   * @param query the page size and cursor ({@link VehicleQuery#all()} for the first page)
   * @param options must name the citizen ({@link RequestOptions#forCitizen})
   * @return a future completing with one page of vehicles, or exceptionally with the exceptions of
   *     {@link #list}
   */
  CompletableFuture<Page<Vehicle>> listAsync(VehicleQuery query, RequestOptions options);

  /**
   * All the citizen's vehicles, from the query's page on, fetching each page lazily with
   * {@link #list} as iteration reaches it; each new iteration starts again. Nothing is sent until then,
   * and the exceptions of {@link #list} are thrown from {@code hasNext()}/{@code next()}. Safe to
   * iterate again: every page is an idempotent read.
   *
   * @param query the page size and the cursor where iteration starts
   * @param options must name the citizen; used for every page
   * @return a lazy iterable over the vehicles of every page
   */
  default PagedIterable<Vehicle> listAll(VehicleQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }
}
