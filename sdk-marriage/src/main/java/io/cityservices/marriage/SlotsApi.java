package io.cityservices.marriage;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * Bookable slots ({@code GET /slots}). Capacity changes by the second, so slots are never cached; the
 * app's token is enough, a citizen is optional. Only released days are listed: each city releases
 * its slots a fixed number of days ahead at a fixed time of day, and a slot can be booked until the day
 * before. Every operation is a read: safe to retry, and the SDK retries it on transient failures.
 *
 * <p>Besides the cases each method lists, any call may throw {@link
 * io.cityservices.core.error.DepartmentUnavailableException} while the city's civil affairs system is
 * down, and the other {@link io.cityservices.core.error.CityServicesException}s. The asynchronous form
 * throws nothing: every failure, including invalid input, completes its future exceptionally.
 */
public interface SlotsApi {

  /**
   * One page of the slots matching {@code query}, in start order, starting at its {@link
   * SlotQuery#cursor() cursor}. A read: safe, retried.
   *
   * @param query the office, date range and page to fetch; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return one page of slots in time order and the cursor of the next, if any
   * @throws io.cityservices.core.error.ValidationException naming the field when the query breaks a
   *     rule (a blank office id, a limit outside 1 to 200, {@code to} before {@code from} or more
   *     than {@value SlotQuery#MAX_DAYS} days after it); nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when the city has no such office
   * @throws NullPointerException when {@code query} is null
   */
  default Page<Slot> list(SlotQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param query the office, date range and page to fetch; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<Page<Slot>> listAsync(SlotQuery query, RequestOptions options);

  /**
   * Every slot matching {@code query}, starting at its {@link SlotQuery#cursor() cursor} and fetching
   * the following pages lazily. Each page is a {@link #list} call, so iterating throws what {@link
   * #list} throws; nothing is sent before iteration starts. Reads: safe to iterate again.
   *
   * @param query the office, date range and page to fetch; its cursor, when set, is
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
