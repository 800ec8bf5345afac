package io.cityservices.exitentry;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * An office's slots ({@code GET /slots}). Free places change by the second, so slots are never
 * cached; the app's token is enough. Reads: safe, retried on transient failures.
 *
 * <p>Besides the cases each method lists, any call may throw {@link
 * io.cityservices.core.error.DepartmentUnavailableException} while the city's exit-entry
 * administration is down, and the other {@link io.cityservices.core.error.CityServicesException}s
 * (authentication, rate limiting, timeouts, transport). The asynchronous forms throw nothing: every
 * failure, including invalid input, completes the future exceptionally with the same exception.
 */
public interface SlotsApi {

  /**
   * One page of the slots of {@link SlotQuery#officeId()} on {@link SlotQuery#date()}, in start order.
   *
   * @param query the office, day and page to fetch; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return one page of slots in time order and the cursor of the next, if any
   * @throws io.cityservices.core.error.ValidationException naming {@code office_id}, {@code date} or
   *     {@code limit} when missing or out of range; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when the city has no such office
   * @throws NullPointerException when {@code query} is null
   */
  default Page<Slot> list(SlotQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param query the office, day and page to fetch; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<Page<Slot>> listAsync(SlotQuery query, RequestOptions options);

  /**
   * Every slot matching {@code query}, fetching pages lazily; each page is a {@link #list} call and
   * throws what it throws. Nothing is sent before iteration starts.
   *
   * @param query the office, day and page to fetch; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a lazy iterable over every match; each iterator starts afresh
   * @throws NullPointerException when {@code query} is null
   */
  default PagedIterable<Slot> listAll(SlotQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }
}
