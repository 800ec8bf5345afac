package io.cityservices.marriage;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * A city's marriage registration offices. Public reference data: the app's token is enough (no
 * citizen), responses are cached per HTTP caching and identical concurrent reads are coalesced. Every
 * operation is a read: safe to retry, and the SDK retries it on transient failures.
 *
 * <p>Besides the cases each method lists, any call may throw {@link
 * io.cityservices.core.error.DepartmentUnavailableException} while the city's civil affairs system is
 * down, {@link io.cityservices.core.error.ServiceNotOfferedException} in a city without the service,
 * and the other {@link io.cityservices.core.error.CityServicesException}s (authentication, rate
 * limiting, timeouts, transport). The asynchronous forms throw nothing: every failure, including
 * invalid input, completes their future exceptionally with the same exception.
 */
public interface OfficesApi {

  /**
   * {@code GET /offices}: one page of the offices matching {@code query}, starting at its {@link
   * OfficeQuery#cursor() cursor}. A read: safe, retried.
   *
   * @param query the criteria (document accepted, district) and page; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return one page of offices and the cursor of the next, if any
   * @throws io.cityservices.core.error.ValidationException naming the field when the query breaks a
   *     rule (a district that is not six digits, a limit outside 1 to 100); nothing is sent
   * @throws NullPointerException when {@code query} is null
   */
  default Page<RegistrationOffice> list(OfficeQuery query, RequestOptions options) {
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
  CompletableFuture<Page<RegistrationOffice>> listAsync(OfficeQuery query, RequestOptions options);

  /**
   * Every office matching {@code query}, starting at its {@link OfficeQuery#cursor() cursor} and
   * fetching the following pages lazily. Each page is a {@link #list} call, so iterating throws what
   * {@link #list} throws; nothing is sent before iteration starts. Reads: safe to iterate again.
   *
   * @param query the criteria (document accepted, district) and page; its cursor, when set, is
   *     where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a lazy iterable over every match; each iterator starts afresh
   * @throws NullPointerException when {@code query} is null
   */
  default PagedIterable<RegistrationOffice> listAll(OfficeQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * {@code GET /offices/{office_id}}: one office. A read: safe, retried.
   *
   * @param officeId the platform's id of the office
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the office
   * @throws io.cityservices.core.error.ValidationException naming {@code office_id} when it is null or
   *     blank; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when the city has no such office
   */
  default RegistrationOffice get(String officeId, RequestOptions options) {
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
  CompletableFuture<RegistrationOffice> getAsync(String officeId, RequestOptions options);
}
