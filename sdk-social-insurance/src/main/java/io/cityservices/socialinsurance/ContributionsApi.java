package io.cityservices.socialinsurance;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * A citizen's contribution history, month by month and type by type. Find the months without a
 * contribution with {@link ContributionGaps#missingMonths}. Acts for a citizen with the {@code
 * social_insurance} scope (see {@link EnrolmentsApi}).
 */
public interface ContributionsApi {

  /**
   * {@code GET /contributions}: one page of contributions matching {@code query}, oldest month first,
   * starting at its cursor. A read: safe to retry.
   *
   * @param query the type, period, status, page size and cursor
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return one page of contributions, oldest month first, and the cursor of the next
   * @throws io.cityservices.core.error.ValidationException without a citizen or the scope, or naming
   *     {@code limit} when it is outside 1 to 100; nothing is sent
   * @throws NotInsuredException when the person has no enrolment
   * @throws PoolingAreaMismatchException when the person is insured in another city, which it names
   * @throws NullPointerException when {@code query} is null
   */
  default Page<Contribution> list(ContributionQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param query the type, period, status, page size and cursor
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Page<Contribution>> listAsync(ContributionQuery query, RequestOptions options);

  /**
   * Every contribution matching {@code query}, fetching pages lazily as {@link #list} calls (so
   * iterating throws what {@link #list} throws); nothing is sent before iteration starts.
   *
   * @param query the type, period, status and page size; its cursor is where iteration starts
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a lazy iterable over every matching contribution
   * @throws NullPointerException when {@code query} is null
   */
  default PagedIterable<Contribution> listAll(ContributionQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }
}
