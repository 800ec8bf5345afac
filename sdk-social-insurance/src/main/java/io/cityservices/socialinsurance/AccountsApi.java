package io.cityservices.socialinsurance;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A citizen's personal accounts (个人账户): pension and medical, per year. Acts for a citizen with the
 * {@code social_insurance} scope (see {@link EnrolmentsApi}).
 */
public interface AccountsApi {

  /**
   * {@code GET /accounts}: the personal accounts of every type, one per type and year, oldest year
   * first; {@code year} narrows to one year. A read: safe to retry.
   *
   * @param year only this year, or null for every year
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return the accounts, one per type and year, oldest year first; empty when none
   * @throws io.cityservices.core.error.ValidationException without a citizen or the scope, or naming
   *     {@code year} when it is before 1992 (the first personal accounts) or after 9999; nothing is sent
   * @throws NotInsuredException when the person has no enrolment
   * @throws PoolingAreaMismatchException when the person is insured in another city, which it names
   */
  default List<PersonalAccount> list(Integer year, RequestOptions options) {
    return Blocking.await(listAsync(year, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param year only this year, or null for every year
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<List<PersonalAccount>> listAsync(Integer year, RequestOptions options);
}
