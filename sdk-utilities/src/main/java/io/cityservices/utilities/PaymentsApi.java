package io.cityservices.utilities;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * Paying bills and topping up prepaid accounts, and reading payments, receipts and the payment
 * history. Every call acts for a citizen: pass {@link RequestOptions#forCitizen}; without one a
 * {@link io.cityservices.core.error.ValidationException} is thrown and nothing is sent. See
 * {@link UtilitiesClient} for the errors common to all operations.
 */
public interface PaymentsApi {

  /**
   * Pays one or several bills in one payment. Checked first: the amount must be positive and equal
   * the bills' total due, each bill must be payable and listed once. Idempotent through its
   * {@code Idempotency-Key}: the transport reuses the key on every retry, so a retry after a lost
   * response returns the first payment instead of paying twice. Pass your own key (e.g. your order
   * id) in {@code options} to stay idempotent across process restarts.
   * {@code POST /v1/cities/{city}/utilities/payments}
   *
   * @param request the bills and the total to pay
   * @param options must name the citizen paying; an idempotency key given here is used instead of a
   *     generated one
   * @return the payment, signed by the platform
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException on a bad request (nothing sent), or the
   *     platform's {@code 422 amount_mismatch} when a bill's amount changed meanwhile
   * @throws io.cityservices.core.error.ConflictException {@code bill_already_paid} if a bill is already
   *     paid or being paid (never a second charge)
   */
  default Payment pay(PayBillsRequest request, RequestOptions options) {
    return Blocking.await(payAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #pay}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #pay} would throw.
   *
   * @param request the bills and the total to pay
   * @param options must name the citizen paying; an idempotency key given here is used instead of a
   *     generated one
   * @return a future completing with the payment
   */
  CompletableFuture<Payment> payAsync(PayBillsRequest request, RequestOptions options);

  /**
   * Tops up a prepaid account. Idempotent through its {@code Idempotency-Key}, like
   * {@link #pay}. {@code POST /v1/cities/{city}/utilities/accounts/{account_id}/top-ups}
   *
   * @param request the prepaid account and the amount to add
   * @param options must name the citizen paying; an idempotency key given here is used instead of a
   *     generated one
   * @return the payment, signed by the platform
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException if the account id is blank or the amount
   *     is not positive (nothing sent)
   * @throws io.cityservices.core.error.ConflictException {@code not_prepaid} if the account is postpaid
   */
  default Payment topUp(TopUpRequest request, RequestOptions options) {
    return Blocking.await(topUpAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #topUp}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #topUp} would throw.
   *
   * @param request the prepaid account and the amount to add
   * @param options must name the citizen paying; an idempotency key given here is used instead of a
   *     generated one
   * @return a future completing with the payment
   */
  CompletableFuture<Payment> topUpAsync(TopUpRequest request, RequestOptions options);

  /**
   * A payment and its status. Idempotent. {@code GET /v1/cities/{city}/utilities/payments/{payment_id}}
   *
   * @param paymentId the payment's id, from {@link Payment#id()}
   * @param options must name the citizen who paid
   * @return the payment with its current status
   * @throws io.cityservices.core.error.ValidationException if {@code paymentId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if the citizen has no such payment
   */
  default Payment get(String paymentId, RequestOptions options) {
    return Blocking.await(getAsync(paymentId, options));
  }

  /**
   * The asynchronous form of {@link #get}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #get} would throw.
   *
   * @param paymentId the payment's id, from {@link Payment#id()}
   * @param options must name the citizen who paid
   * @return a future completing with the payment
   */
  CompletableFuture<Payment> getAsync(String paymentId, RequestOptions options);

  /**
   * The receipt of a successful payment. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/payments/{payment_id}/receipt}
   *
   * @param paymentId the payment's id, from {@link Payment#id()}
   * @param options must name the citizen who paid
   * @return the receipt, the payer's name masked
   * @throws io.cityservices.core.error.ValidationException if {@code paymentId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if there is no such payment
   * @throws io.cityservices.core.error.ConflictException {@code receipt_not_available} while the
   *     payment has not succeeded
   */
  default PaymentReceipt receipt(String paymentId, RequestOptions options) {
    return Blocking.await(receiptAsync(paymentId, options));
  }

  /**
   * The asynchronous form of {@link #receipt}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #receipt} would throw.
   *
   * @param paymentId the payment's id, from {@link Payment#id()}
   * @param options must name the citizen who paid
   * @return a future completing with the receipt
   */
  CompletableFuture<PaymentReceipt> receiptAsync(String paymentId, RequestOptions options);

  /**
   * A page of the citizen's utility payments, newest first. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/payments?limit=&cursor=}
   *
   * @param request the page size and cursor
   * @param options must name the citizen
   * @return one page of payments
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException for a page size out of range (nothing sent)
   */
  default Page<Payment> list(PaymentQuery request, RequestOptions options) {
    return Blocking.await(listAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #list}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #list} would throw.
   *
   * @param request the page size and cursor
   * @param options must name the citizen
   * @return a future completing with one page of payments
   */
  CompletableFuture<Page<Payment>> listAsync(PaymentQuery request, RequestOptions options);

  /**
   * The whole payment history, newest first, fetching pages lazily as iteration reaches them
   * (nothing is sent until iteration starts). Each page is an idempotent read, safe to retry.
   *
   * @param request the page size and the cursor where iteration starts
   * @param options must name the citizen; used for every page
   * @return a lazy iterable over the payments of every page
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException from iteration, for a page size out of
   *     range (nothing sent); iteration also throws what {@link #list} throws
   */
  default PagedIterable<Payment> listAll(PaymentQuery request, RequestOptions options) {
    return PagedIterable.from(request, q -> list(q, options));
  }
}
