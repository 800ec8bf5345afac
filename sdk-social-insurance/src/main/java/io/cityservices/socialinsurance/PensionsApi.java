package io.cityservices.socialinsurance;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * A retiree's monthly pension payments (养老金发放记录). Acts for a citizen with the {@code
 * social_insurance} scope (see {@link EnrolmentsApi}).
 */
public interface PensionsApi {

  /**
   * {@code GET /pension-payments}: one page of payments matching {@code query}, newest month first;
   * empty for a person who draws no pension. A read: safe to retry.
   *
   * @param query the period, page size and cursor
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return one page of payments, newest month first, and the cursor of the next
   * @throws io.cityservices.core.error.ValidationException without a citizen or the scope, or naming
   *     {@code limit} when it is outside 1 to 100; nothing is sent
   * @throws NotInsuredException when the person has no enrolment
   * @throws PoolingAreaMismatchException when the person is insured in another city, which it names
   * @throws NullPointerException when {@code query} is null
   */
  default Page<PensionPayment> list(PensionPaymentQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param query the period, page size and cursor
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Page<PensionPayment>> listAsync(PensionPaymentQuery query, RequestOptions options);

  /**
   * Every payment matching {@code query}, fetching pages lazily as {@link #list} calls.
   *
   * @param query the period and page size; its cursor is where iteration starts
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a lazy iterable over every matching payment
   * @throws NullPointerException when {@code query} is null
   */
  default PagedIterable<PensionPayment> listAll(PensionPaymentQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }
}
