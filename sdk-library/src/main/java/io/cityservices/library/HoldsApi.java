package io.cityservices.library;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * The citizen's holds (NCIP RequestItem/CancelRequestItem, SIP2 15/16, FOLIO requests, Koha holds).
 * Every call acts for a citizen: pass {@link RequestOptions#forCitizen}; without one a
 * {@link io.cityservices.core.error.ValidationException} is thrown and nothing is sent. See
 * {@link LibraryClient} for the errors common to all operations.
 */
public interface HoldsApi {

  /**
   * A page of holds, newest first. Idempotent.
   * {@code GET /v1/cities/{city}/library/holds?status=&limit=&cursor=}
   *
   * @param query the status filter, page size and cursor
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return one page of holds and the cursor of the next
   * @throws NullPointerException if {@code query} is null
   * @throws io.cityservices.core.error.ValidationException for a page size out of range or an unknown
   *     status (nothing sent)
   */
  default Page<Hold> list(HoldQuery query, RequestOptions options) {
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
  CompletableFuture<Page<Hold>> listAsync(HoldQuery query, RequestOptions options);

  /**
   * Every hold matching {@code query}, fetching pages lazily as iteration reaches them.
   *
   * @param query the status filter and page size; its cursor is where iteration starts
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a lazy iterable over every matching hold
   * @throws NullPointerException if {@code query} is null
   */
  default PagedIterable<Hold> listAll(HoldQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * Places a hold on a record or a copy, to collect at a pickup library. Idempotent through its
   * {@code Idempotency-Key}: a retry after a lost response returns the first hold instead of queuing
   * twice. {@code POST /v1/cities/{city}/library/holds}
   *
   * @param request the record or copy to hold and the pickup library
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return the new hold (or the first one, on a retry)
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException on a bad request (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if the record, copy or library is unknown
   * @throws io.cityservices.core.error.ConflictException {@code hold_limit_reached} when the card's
   *     open holds are at its limit, {@code already_on_hold} when the citizen already holds the
   *     record, {@code item_not_holdable} for a copy that cannot be reserved, {@code card_blocked}
   *     while the card is blocked or expired
   */
  default Hold place(PlaceHoldRequest request, RequestOptions options) {
    return Blocking.await(placeAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #place}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #place} would throw.
   *
   * @param request the record or copy to hold and the pickup library
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Hold> placeAsync(PlaceHoldRequest request, RequestOptions options);

  /**
   * Cancels an open hold (FOLIO {@code .../hold/{holdId}/cancel}). Idempotent: cancelling a cancelled
   * hold answers it unchanged. {@code POST /v1/cities/{city}/library/holds/{hold_id}/cancellation}
   *
   * @param holdId the platform's id of the hold, as in {@link Hold#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return the hold, cancelled
   * @throws io.cityservices.core.error.ValidationException if {@code holdId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if the citizen has no such hold
   * @throws io.cityservices.core.error.ConflictException {@code hold_closed} if it closed otherwise
   *     (filled, expired, unfilled)
   */
  default Hold cancel(String holdId, RequestOptions options) {
    return Blocking.await(cancelAsync(holdId, options));
  }

  /**
   * The asynchronous form of {@link #cancel}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #cancel} would throw.
   *
   * @param holdId the platform's id of the hold, as in {@link Hold#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Hold> cancelAsync(String holdId, RequestOptions options);

  /**
   * Suspends a hold not yet filled until {@code until} (Koha {@code /holds/{id}/suspension}): the reader
   * keeps the place in the queue but no copy is set aside before then. Idempotent: the same date
   * again changes nothing. {@code PUT /v1/cities/{city}/library/holds/{hold_id}/suspension}
   *
   * @param holdId the platform's id of the hold, as in {@link Hold#id()}
   * @param until the last day of the suspension, after today
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return the hold, suspended until {@code until}
   * @throws io.cityservices.core.error.ValidationException if {@code holdId} is blank or {@code until}
   *     is null (nothing sent), or the platform's 400 {@code validation_failed} for a date not after
   *     today
   * @throws io.cityservices.core.error.NotFoundException if the citizen has no such hold
   * @throws io.cityservices.core.error.ConflictException {@code hold_not_suspendable} once a copy has
   *     been set aside or the hold closed
   */
  default Hold suspend(String holdId, LocalDate until, RequestOptions options) {
    return Blocking.await(suspendAsync(holdId, until, options));
  }

  /**
   * The asynchronous form of {@link #suspend}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #suspend} would throw.
   *
   * @param holdId the platform's id of the hold, as in {@link Hold#id()}
   * @param until the last day of the suspension, after today
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Hold> suspendAsync(String holdId, LocalDate until, RequestOptions options);

  /**
   * Lifts a hold's suspension. Idempotent: lifting none changes nothing.
   * {@code DELETE /v1/cities/{city}/library/holds/{hold_id}/suspension}
   *
   * @param holdId the platform's id of the hold, as in {@link Hold#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return the hold, no longer suspended
   * @throws io.cityservices.core.error.ValidationException if {@code holdId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if the citizen has no such hold
   */
  default Hold resume(String holdId, RequestOptions options) {
    return Blocking.await(resumeAsync(holdId, options));
  }

  /**
   * The asynchronous form of {@link #resume}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #resume} would throw.
   *
   * @param holdId the platform's id of the hold, as in {@link Hold#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Hold> resumeAsync(String holdId, RequestOptions options);
}
