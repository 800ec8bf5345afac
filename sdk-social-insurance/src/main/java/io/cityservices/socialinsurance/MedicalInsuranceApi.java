package io.cityservices.socialinsurance;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * A citizen's basic medical insurance. For a FHIR R4 {@code Coverage}, map the result with {@link
 * io.cityservices.socialinsurance.fhir.CoverageMapper}. Acts for a citizen with the {@code
 * social_insurance} scope (see {@link EnrolmentsApi}).
 */
public interface MedicalInsuranceApi {

  /**
   * {@code GET /medical-insurance}: the status, person type, insured place and personal medical
   * account. A read: safe to retry.
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return the person's basic medical insurance
   * @throws io.cityservices.core.error.ValidationException without a citizen or the scope (nothing sent)
   * @throws NotInsuredException when the person has neither 310 nor 390
   * @throws PoolingAreaMismatchException when the person is insured in another city, which it names
   */
  default MedicalInsurance get(RequestOptions options) {
    return Blocking.await(getAsync(options));
  }

  /**
   * The asynchronous form of {@link #get}; its future fails with the same exceptions.
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<MedicalInsurance> getAsync(RequestOptions options);
}
