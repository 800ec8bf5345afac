package io.cityservices.exitentry;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * The city's exit-entry offices: public reference data. Needs only
 * the app's token; cached per the platform's {@code Cache-Control} and {@code ETag}, identical
 * concurrent reads coalesced. Every operation is a read: safe, retried on transient failures.
 *
 * <p>Besides the cases each method lists, any call may throw {@link
 * io.cityservices.core.error.DepartmentUnavailableException} while the city's exit-entry
 * administration is down, and the other {@link io.cityservices.core.error.CityServicesException}s
 * (authentication, rate limiting, timeouts, transport). The asynchronous forms throw nothing: every
 * failure, including invalid input, completes the future exceptionally with the same exception.
 */
public interface OfficesApi {

  /**
   * {@code GET /offices}: one page of the city's offices matching {@code query}, starting at its
   * cursor.
   *
   * @param query the criteria (document accepted, district) and page; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return one page of offices and the cursor of the next, if any
   * @throws io.cityservices.core.error.ValidationException naming {@code limit} when it is outside 1
   *     to 100; nothing is sent
   * @throws io.cityservices.core.error.ServiceNotOfferedException when the city offers no exit-entry
   *     services
   * @throws NullPointerException when {@code query} is null
   */
  default Page<Office> list(OfficeQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param query the criteria (document accepted, district) and page; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<Page<Office>> listAsync(OfficeQuery query, RequestOptions options);

  /**
   * Every office matching {@code query}, fetching pages lazily; each page is an {@link #list}
   * call and throws what it throws. Nothing is sent before iteration starts.
   *
   * @param query the criteria (document accepted, district) and page; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a lazy iterable over every match; each iterator starts afresh
   * @throws NullPointerException when {@code query} is null
   */
  default PagedIterable<Office> listAll(OfficeQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * {@code GET /offices/{office_id}}: one office.
   *
   * @param officeId the platform's id of the office
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the office
   * @throws io.cityservices.core.error.ValidationException naming {@code office_id} when it is null
   *     or blank; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when the city has no such office
   */
  default Office get(String officeId, RequestOptions options) {
    return Blocking.await(getAsync(officeId, options));
  }

  /**
   * The asynchronous form of {@link #get}; its future fails with the same exceptions.
   *
   * @param officeId the platform's id of the office
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #get} returns
   */
  CompletableFuture<Office> getAsync(String officeId, RequestOptions options);
}
