package io.cityservices.health;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * Bookable slots ({@code GET /slots}). Capacity changes by the second, so slots are never cached;
 * the app's token is enough, a citizen is optional. Reads: safe and retried. Errors: {@link
 * io.cityservices.core.error.ValidationException} for a bad query (nothing sent), {@link
 * io.cityservices.core.error.NotFoundException} for an unknown hospital, and the other {@link
 * io.cityservices.core.error.CityServicesException}s.
 */
public interface SlotsApi {

  /** One page of the slots matching {@code query}, in start order. */
  Page<Slot> list(SlotQuery query, RequestOptions options);

  /** The asynchronous form of {@link #list}. */
  CompletableFuture<Page<Slot>> listAsync(SlotQuery query, RequestOptions options);

  /** Every slot matching {@code query}, fetching pages lazily. */
  PagedIterable<Slot> listAll(SlotQuery query, RequestOptions options);
}
