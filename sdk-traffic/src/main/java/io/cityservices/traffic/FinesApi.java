package io.cityservices.traffic;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Paying violation fines. Payments act for a citizen, carry an {@code Idempotency-Key} (generated
 * unless given in the options, and reused on every retry, so a fine is paid at most once whatever the
 * network does), a second signature by the app's private key, and come back signed by the platform.
 *
 * <p>A fine that is not payable is a {@link io.cityservices.core.error.ConflictException} with code
 * {@code violation_not_payable}: raised before sending when the {@link Violation} given is known not to
 * be payable, or by the platform (409) when its state changed meanwhile. If the amount due changed (a
 * late fee accrued) the platform answers 409 {@code amount_mismatch}. Either way nothing is charged.
 */
public interface FinesApi {

  /** Code of the conflict raised when the violation is not PAYABLE or OVERDUE. */
  String VIOLATION_NOT_PAYABLE = "violation_not_payable";

  /** Code of the conflict raised when the expected amount is not the amount due. */
  String AMOUNT_MISMATCH = "amount_mismatch";

  /**
   * Pays a fine ({@code POST /violations/{violation_id}/payments}). Idempotent through its key.
   *
   * @param request the violation to pay and the amount the citizen was shown
   * @param options must name the citizen paying ({@link RequestOptions#forCitizen}); an idempotency
   *     key given here is used instead of a generated one
   * @return the payment, state SUCCEEDED when the money was taken
   * @throws io.cityservices.core.error.ConflictException {@code violation_not_payable} or
   *     {@code amount_mismatch}; nothing charged
   * @throws io.cityservices.core.error.ValidationException missing violation id, a missing or
   *     non-positive amount, or no citizen in the options; nothing sent
   * @throws io.cityservices.core.error.NotFoundException no such violation
   */
  default FinePayment pay(PayFineRequest request, RequestOptions options) {
    return Blocking.await(payAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #pay(PayFineRequest, RequestOptions)}: same request, key and
   * guarantees; failures, the checks before sending included, complete the future exceptionally.
   *
   * @param request the violation to pay and the amount the citizen was shown
   * @param options must name the citizen paying; an idempotency key given here is used instead of a
   *     generated one
   * @return a future completing with the payment, or exceptionally with the exceptions of {@link
   *     #pay(PayFineRequest, RequestOptions)}
   */
  CompletableFuture<FinePayment> payAsync(PayFineRequest request, RequestOptions options);

  /**
   * Pays {@code violation}'s amount due as the citizen was shown it ({@link Violation#amountDue()}),
   * through the same call as {@link #pay(PayFineRequest, RequestOptions)}. Idempotent through its key,
   * generated once and reused on every retry, so the fine is paid at most once.
   *
   * @param violation the violation as read from the platform, with its id, status and amount due
   * @param options must name the citizen paying; an idempotency key given here is used instead of a
   *     generated one
   * @return the payment, state SUCCEEDED when the money was taken
   * @throws io.cityservices.core.error.ConflictException {@code violation_not_payable}: refused before
   *     sending (status 0) when the violation's state is not payable, or answered by the platform (409)
   *     when it changed meanwhile; {@code amount_mismatch} when a late fee accrued since the violation
   *     was read. Nothing charged either way
   * @throws io.cityservices.core.error.ValidationException no citizen in the options, or the
   *     violation has no id or no positive amount due; nothing sent
   * @throws io.cityservices.core.error.NotFoundException no such violation for this citizen
   * @throws NullPointerException if {@code violation} is null
   */
  default FinePayment pay(Violation violation, RequestOptions options) {
    return Blocking.await(payAsync(violation, options));
  }

  /**
   * The asynchronous form of {@link #pay(Violation, RequestOptions)}: every failure, a refusal before
   * sending included, fails the future instead of being thrown.
   *
   * @param violation the violation as read from the platform, with its id, status and amount due
   * @param options must name the citizen paying; an idempotency key given here is used instead of a
   *     generated one
   * @return a future completing with the payment, or exceptionally with the exceptions of {@link
   *     #pay(Violation, RequestOptions)}
   */
  CompletableFuture<FinePayment> payAsync(Violation violation, RequestOptions options);

  /**
   * A fine payment ({@code GET /payments/{payment_id}}): whether it was paid at the channel or written
   * off by the treasury, and the receipt number. Acts for a citizen; a safe, idempotent read, retried
   * by the transport.
   *
   * @param paymentId the payment's id, as returned by {@link #pay(PayFineRequest, RequestOptions)}
   * @param options must name the citizen who paid
   * @return the payment with its current state
   * @throws io.cityservices.core.error.ValidationException a blank {@code paymentId} or no citizen in
   *     the options; nothing sent
   * @throws io.cityservices.core.error.NotFoundException no such payment for this citizen
   */
  default FinePayment get(String paymentId, RequestOptions options) {
    return Blocking.await(getAsync(paymentId, options));
  }

  /**
   * The asynchronous form of {@link #get(String, RequestOptions)}; failures complete the future
   * exceptionally.
   *
   * @param paymentId the payment's id, as returned by {@link #pay(PayFineRequest, RequestOptions)}
   * @param options must name the citizen who paid
   * @return a future completing with the payment, or exceptionally with the exceptions of {@link
   *     #get(String, RequestOptions)}
   */
  CompletableFuture<FinePayment> getAsync(String paymentId, RequestOptions options);
}
