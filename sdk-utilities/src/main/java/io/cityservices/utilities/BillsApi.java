package io.cityservices.utilities;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * The citizen's utility bills. Every call acts for a citizen: pass {@link RequestOptions#forCitizen};
 * without one a {@link io.cityservices.core.error.ValidationException} is thrown and nothing is sent.
 * All calls are reads: safe and idempotent. See {@link UtilitiesClient} for the errors common to all
 * operations.
 */
public interface BillsApi {

  /**
   * A page of bills of one account or of all the citizen's accounts, newest period first. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/bills?account_id=&status=&limit=&cursor=}
   *
   * @param request the account (or all), the statuses, page size and cursor
   * @param options must name the citizen ({@link RequestOptions#forCitizen})
   * @return one page of bills
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException for a page size out of range or an unknown
   *     status (nothing sent)
   */
  default Page<Bill> list(BillQuery request, RequestOptions options) {
    return Blocking.await(listAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #list}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #list} would throw.
   *
   * @param request the account (or all), the statuses, page size and cursor
   * @param options must name the citizen ({@link RequestOptions#forCitizen})
   * @return a future completing with one page of bills
   */
  CompletableFuture<Page<Bill>> listAsync(BillQuery request, RequestOptions options);

  /**
   * Every bill matching {@code request}, fetching pages lazily as iteration reaches them (nothing is
   * sent until iteration starts). Each page is an idempotent read, safe to retry.
   *
   * @param request the account (or all) and the statuses; its cursor is where iteration starts
   * @param options must name the citizen; used for every page
   * @return a lazy iterable over the bills of every page
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException from iteration, for a page size out of
   *     range or an unknown status (nothing sent); iteration also throws what {@link #list} throws
   */
  default PagedIterable<Bill> listAll(BillQuery request, RequestOptions options) {
    return PagedIterable.from(request, q -> list(q, options));
  }

  /**
   * One bill. Idempotent. {@code GET /v1/cities/{city}/utilities/bills/{bill_id}}
   *
   * @param billId the bill's id, from {@link Bill#id()}
   * @param options must name the citizen
   * @return the bill
   * @throws io.cityservices.core.error.ValidationException if {@code billId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if the citizen has no such bill
   */
  default Bill get(String billId, RequestOptions options) {
    return Blocking.await(getAsync(billId, options));
  }

  /**
   * The asynchronous form of {@link #get}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #get} would throw.
   *
   * @param billId the bill's id, from {@link Bill#id()}
   * @param options must name the citizen
   * @return a future completing with the bill
   */
  CompletableFuture<Bill> getAsync(String billId, RequestOptions options);
}
