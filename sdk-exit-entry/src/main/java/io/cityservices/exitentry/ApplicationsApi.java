package io.cityservices.exitentry;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * Application progress (办证进度). Every call acts for a citizen and sees only the applications that
 * citizen made (for themself or, as guardian, for a child): another person's receipt number is
 * answered as unknown, never disclosed. Reads: safe, retried on transient failures.
 *
 * <p>Besides the cases each method lists, any call may throw {@link
 * io.cityservices.core.error.DepartmentUnavailableException} while the city's exit-entry
 * administration is down, and the other {@link io.cityservices.core.error.CityServicesException}s
 * (authentication, rate limiting, timeouts, transport). The asynchronous forms throw nothing: every
 * failure, including invalid input, completes the future exceptionally with the same exception.
 */
public interface ApplicationsApi {

  /**
   * {@code GET /applications/{receipt_number}}: one application with its full history.
   *
   * @param receiptNumber the receipt number printed on the acceptance receipt (受理回执)
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the application with its current status and history
   * @throws io.cityservices.core.error.ValidationException when {@code options} carry no citizen or
   *     naming {@code receipt_number} when it is null; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException {@code receipt_not_found} when no
   *     application of the citizen's has that number
   */
  default Application get(ReceiptNumber receiptNumber, RequestOptions options) {
    return Blocking.await(getAsync(receiptNumber, options));
  }

  /**
   * The asynchronous form of {@link #get}; its future fails with the same exceptions.
   *
   * @param receiptNumber the receipt number printed on the acceptance receipt (受理回执)
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #get} returns
   */
  CompletableFuture<Application> getAsync(ReceiptNumber receiptNumber, RequestOptions options);

  /**
   * {@code GET /applications}: one page of the citizen's applications, newest first.
   *
   * @param query which applications (by status) and which page; its cursor, when set, is where
   *     listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return one page of applications and the cursor of the next, if any
   * @throws io.cityservices.core.error.ValidationException when {@code options} carry no citizen or
   *     {@code limit} is outside 1 to 100; nothing is sent
   * @throws NullPointerException when {@code query} is null
   */
  default Page<Application> list(ApplicationQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param query which applications (by status) and which page; its cursor, when set, is where
   *     listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<Page<Application>> listAsync(ApplicationQuery query, RequestOptions options);

  /**
   * Every application matching {@code query}, fetching pages lazily; each page is a {@link #list}
   * call and throws what it throws. Nothing is sent before iteration starts.
   *
   * @param query which applications (by status) and which page; its cursor, when set, is where
   *     listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a lazy iterable over every match; each iterator starts afresh
   * @throws NullPointerException when {@code query} is null
   */
  default PagedIterable<Application> listAll(ApplicationQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }
}
