package io.cityservices.socialinsurance;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A resident's yearly contributions to the residents' schemes (170, 390), which they pay themselves.
 * Acts for a citizen with the {@code social_insurance} scope (see {@link EnrolmentsApi}).
 */
public interface VoluntaryContributionsApi {

  /**
   * {@code GET /voluntary-contributions}: this year's and past years' yearly contributions, due ones
   * first. Empty for a person in no residents' scheme. A read: safe to retry.
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return the contributions, due ones first; empty when the person is in no residents' scheme
   * @throws io.cityservices.core.error.ValidationException without a citizen or the scope (nothing sent)
   * @throws PoolingAreaMismatchException when the person is insured in another city, which it names
   */
  default List<VoluntaryContribution> list(RequestOptions options) {
    return Blocking.await(listAsync(options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<List<VoluntaryContribution>> listAsync(RequestOptions options);

  /**
   * {@code POST /voluntary-contributions/{contribution_id}/payment}: pays a due contribution. A paid
   * call: it carries an {@code Idempotency-Key} (generated unless given in {@code options}; retries
   * reuse it, so it is charged once whatever the network does) and the app's non-repudiation
   * signature, and its result is verified against the platform's key. Paying a paid one with the same
   * key returns the first result.
   *
   * @param request the contribution to pay and the amount the citizen saw
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return the contribution, {@link VoluntaryContributionStatus#PAID}
   * @throws io.cityservices.core.error.ValidationException without a citizen or the scope, or naming
   *     {@code contribution_id} or {@code expected_amount}; nothing is sent
   * @throws EnrolmentSuspendedException when the scheme's enrolment is suspended
   * @throws IdentityNotVerifiedException when the platform needs a fresh real-name check first
   * @throws io.cityservices.core.error.ConflictException {@code amount_changed} when the amount is no
   *     longer {@code expectedAmount}, {@code not_due} when it is paid or overdue (nothing charged)
   * @throws io.cityservices.core.error.NotFoundException when it is not one of the citizen's
   */
  default VoluntaryContribution pay(PayVoluntaryContributionRequest request, RequestOptions options) {
    return Blocking.await(payAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #pay}; its future fails with the same exceptions.
   *
   * @param request the contribution to pay and the amount the citizen saw
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<VoluntaryContribution> payAsync(PayVoluntaryContributionRequest request, RequestOptions options);
}
