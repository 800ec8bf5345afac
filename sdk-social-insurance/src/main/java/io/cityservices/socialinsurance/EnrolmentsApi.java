package io.cityservices.socialinsurance;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A citizen's enrolments, one per insurance type. Every call in this module acts for a citizen whose
 * token carries the {@code social_insurance} scope: pass {@link RequestOptions#forCitizen}; without a
 * citizen, or with a token granted without that scope, a {@link
 * io.cityservices.core.error.ValidationException} naming {@code citizen} is thrown and nothing is
 * sent. Nothing in this module is cached.
 */
public interface EnrolmentsApi {

  /**
   * {@code GET /enrolments}: the citizen's enrolments in every type, wherever they are insured (each
   * names its {@link Enrolment#poolingArea() pooling area}, which may be another city). Empty for a
   * person never insured. A read: safe to retry.
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return one enrolment per insurance type the person is or was enrolled in; empty when never insured
   * @throws io.cityservices.core.error.ValidationException without a citizen or the scope (nothing sent)
   * @throws io.cityservices.core.error.AuthenticationException when the citizen's token is expired or revoked
   * @throws io.cityservices.core.error.DepartmentUnavailableException while the department is down
   */
  default List<Enrolment> list(RequestOptions options) {
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
  CompletableFuture<List<Enrolment>> listAsync(RequestOptions options);
}
