package io.cityservices.traffic;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/** The vehicles bound to the citizen. Acts for a citizen; safe, retried reads. */
public interface VehiclesApi {

  /** A page of the citizen's vehicles ({@code GET /vehicles?cursor=}); {@code cursor} null for the first. */
  Page<Vehicle> list(String cursor, RequestOptions options);

  /** The asynchronous form of {@link #list}. */
  CompletableFuture<Page<Vehicle>> listAsync(String cursor, RequestOptions options);

  /** All the citizen's vehicles, fetching pages lazily. */
  PagedIterable<Vehicle> listAll(RequestOptions options);
}
