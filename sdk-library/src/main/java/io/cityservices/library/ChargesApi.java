package io.cityservices.library;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * The citizen's fines and fees, and paying them (SIP2 37/38 fee paid, FOLIO charges). Every call acts
 * for a citizen: pass {@link RequestOptions#forCitizen}; without one a
 * {@link io.cityservices.core.error.ValidationException} is thrown and nothing is sent. See
 * {@link LibraryClient} for the errors common to all operations.
 */
public interface ChargesApi {

  /**
   * A page of charges, newest first. Idempotent.
   * {@code GET /v1/cities/{city}/library/charges?status=&limit=&cursor=}
   *
   * @param query the status filter, page size and cursor
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return one page of charges and the cursor of the next
   * @throws NullPointerException if {@code query} is null
   * @throws io.cityservices.core.error.ValidationException for a page size out of range or an unknown
   *     status (nothing sent)
   */
  default Page<Charge> list(ChargeQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #list} would throw.
   *
   * @param query the status filter, page size and cursor
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Page<Charge>> listAsync(ChargeQuery query, RequestOptions options);

  /**
   * Every charge matching {@code query}, fetching pages lazily as iteration reaches them.
   *
   * @param query the status filter and page size; its cursor is where iteration starts
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a lazy iterable over every matching charge
   * @throws NullPointerException if {@code query} is null
   */
  default PagedIterable<Charge> listAll(ChargeQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * Pays one or several charges in one payment. Checked first: the amount must be positive and equal
   * the charges' total, each charge outstanding and listed once. Carries the app's second signature;
   * the result is signed by the platform. Idempotent through its {@code Idempotency-Key}: the
   * transport reuses the key on every retry, so a retry after a lost response returns the first
   * payment instead of paying twice; pass your own key in {@code options} to stay idempotent across
   * restarts. {@code POST /v1/cities/{city}/library/charges/payments}
   *
   * @param request the charges to pay and the amount, which must equal their total
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return the payment, its signature verified
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException on a bad request (nothing sent)
   * @throws io.cityservices.core.error.BadRequestException the platform's {@code 422 amount_mismatch}
   * @throws io.cityservices.core.error.ConflictException {@code charge_already_paid} if a charge is no
   *     longer owed (never a second payment)
   */
  default ChargePayment pay(PayChargesRequest request, RequestOptions options) {
    return Blocking.await(payAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #pay}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #pay} would throw.
   *
   * @param request the charges to pay and the amount, which must equal their total
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<ChargePayment> payAsync(PayChargesRequest request, RequestOptions options);
}
