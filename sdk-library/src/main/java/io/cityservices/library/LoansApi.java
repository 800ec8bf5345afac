package io.cityservices.library;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The citizen's loans and their renewal (NCIP RenewItem/RenewAll, SIP2 29/30 and 65/66, Koha
 * checkouts). Every call acts for a citizen: pass {@link RequestOptions#forCitizen}; without one a
 * {@link io.cityservices.core.error.ValidationException} is thrown and nothing is sent. See
 * {@link LibraryClient} for the errors common to all operations.
 */
public interface LoansApi {

  /**
   * A page of current loans, soonest due first. Idempotent.
   * {@code GET /v1/cities/{city}/library/loans?overdue=&limit=&cursor=}
   *
   * @param query the overdue filter, page size and cursor
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return one page of loans and the cursor of the next
   * @throws NullPointerException if {@code query} is null
   * @throws io.cityservices.core.error.ValidationException for a page size out of range (nothing sent)
   */
  default Page<Loan> list(LoanQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #list} would throw.
   *
   * @param query the overdue filter, page size and cursor
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Page<Loan>> listAsync(LoanQuery query, RequestOptions options);

  /**
   * Every current loan, fetching pages lazily as iteration reaches them (nothing is sent until
   * iteration starts). Each page is an idempotent read.
   *
   * @param query the overdue filter and page size; its cursor is where iteration starts
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a lazy iterable over every matching loan
   * @throws NullPointerException if {@code query} is null
   */
  default PagedIterable<Loan> listAll(LoanQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * Whether a loan can be renewed now and, if not, why (Koha {@code allows_renewal}). Changes
   * nothing. Idempotent. {@code GET /v1/cities/{city}/library/loans/{loan_id}/renewability}
   *
   * @param loanId the platform's id of the loan, as in {@link Loan#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return whether it can be renewed, and the block if not
   * @throws io.cityservices.core.error.ValidationException if {@code loanId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if the citizen has no such loan
   */
  default Renewability renewability(String loanId, RequestOptions options) {
    return Blocking.await(renewabilityAsync(loanId, options));
  }

  /**
   * The asynchronous form of {@link #renewability}, with the same idempotency. Never throws: every
   * failure, including a check that fails before anything is sent, completes the future
   * exceptionally with the exception {@link #renewability} would throw.
   *
   * @param loanId the platform's id of the loan, as in {@link Loan#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Renewability> renewabilityAsync(String loanId, RequestOptions options);

  /**
   * Renews one loan, answering it with its new due date. Idempotent through its
   * {@code Idempotency-Key}: a retry after a lost response returns the first renewal instead of
   * using a second one. {@code POST /v1/cities/{city}/library/loans/{loan_id}/renewal}
   *
   * @param loanId the platform's id of the loan, as in {@link Loan#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return the loan with its new due date
   * @throws io.cityservices.core.error.ValidationException if {@code loanId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if the citizen has no such loan
   * @throws RenewalDeniedException when the library refuses, with the {@link RenewalBlock reason}
   */
  default Loan renew(String loanId, RequestOptions options) {
    return Blocking.await(renewAsync(loanId, options));
  }

  /**
   * The asynchronous form of {@link #renew}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #renew} would throw.
   *
   * @param loanId the platform's id of the loan, as in {@link Loan#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Loan> renewAsync(String loanId, RequestOptions options);

  /**
   * Renews every loan that can be renewed, answering one result per current loan (renewed with its
   * new due date, or why not). Idempotent through its {@code Idempotency-Key}, like {@link #renew}.
   * {@code POST /v1/cities/{city}/library/loans/renewals}
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return one result per current loan, renewed or with the reason it was not
   * @throws io.cityservices.core.error.NotFoundException {@code card_not_found} if the citizen has no card
   */
  default List<RenewalResult> renewAll(RequestOptions options) {
    return Blocking.await(renewAllAsync(options));
  }

  /**
   * The asynchronous form of {@link #renewAll}, with the same idempotency. Never throws: every
   * failure completes the future exceptionally with the exception {@link #renewAll} would throw.
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<List<RenewalResult>> renewAllAsync(RequestOptions options);
}
