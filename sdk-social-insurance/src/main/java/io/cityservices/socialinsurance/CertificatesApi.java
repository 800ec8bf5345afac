package io.cityservices.socialinsurance;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Proof of insurance (参保证明): request a signed PDF certificate, wait until it is produced, download
 * it. Acts for a citizen with the {@code social_insurance} scope (see {@link EnrolmentsApi}).
 */
public interface CertificatesApi {

  /**
   * {@code POST /certificates}: requests a certificate; it starts {@link CertificateStatus#PENDING}.
   * Idempotent: it carries an {@code Idempotency-Key} (generated unless given in {@code options};
   * retries reuse it), so one request makes one certificate whatever the network does.
   *
   * @param request the types, period and purpose to certify
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return the certificate, {@link CertificateStatus#PENDING}
   * @throws io.cityservices.core.error.ValidationException without a citizen or the scope, or naming
   *     {@code insurance_types} or {@code purpose}; nothing is sent
   * @throws NotInsuredException when the person was never insured in a requested type
   * @throws PeriodNotPostedException when the period includes a month not posted yet
   * @throws PoolingAreaMismatchException when the person is insured in another city, which it names
   * @throws IdentityNotVerifiedException when the platform needs a fresh real-name check first
   */
  default Certificate request(CertificateRequest request, RequestOptions options) {
    return Blocking.await(requestAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #request}; its future fails with the same exceptions.
   *
   * @param request the types, period and purpose to certify
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Certificate> requestAsync(CertificateRequest request, RequestOptions options);

  /**
   * {@code GET /certificates/{certificate_id}}: the certificate as it stands. A read.
   *
   * @param certificateId the certificate's id, as in {@link Certificate#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return the certificate as the platform has it now
   * @throws io.cityservices.core.error.ValidationException without a citizen or the scope, or naming
   *     {@code certificate_id} when it is blank; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when it is not one of the citizen's
   */
  default Certificate get(String certificateId, RequestOptions options) {
    return Blocking.await(getAsync(certificateId, options));
  }

  /**
   * The asynchronous form of {@link #get}; its future fails with the same exceptions.
   *
   * @param certificateId the certificate's id, as in {@link Certificate#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Certificate> getAsync(String certificateId, RequestOptions options);

  /**
   * Polls {@link #get} until the certificate is {@link CertificateStatus#isFinal() final} (ready or
   * failed) or {@code maxWait} has passed, waiting between polls without holding a thread.
   *
   * @param certificateId the certificate's id, as in {@link Certificate#id()}
   * @param maxWait how long to poll at most; must be positive
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return the certificate, {@link CertificateStatus#READY} or {@link CertificateStatus#FAILED}
   * @throws io.cityservices.core.error.ApiTimeoutException when it is still pending after {@code
   *     maxWait}
   * @throws io.cityservices.core.error.ValidationException naming {@code max_wait} when it is not
   *     positive, or as {@link #get}
   */
  default Certificate awaitReady(String certificateId, Duration maxWait, RequestOptions options) {
    return Blocking.await(awaitReadyAsync(certificateId, maxWait, options));
  }

  /**
   * The asynchronous form of {@link #awaitReady}; its future fails with the same exceptions.
   *
   * @param certificateId the certificate's id, as in {@link Certificate#id()}
   * @param maxWait how long to poll at most; must be positive
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Certificate> awaitReadyAsync(String certificateId, Duration maxWait, RequestOptions options);

  /**
   * {@code GET /certificates/{certificate_id}/document}: downloads the signed PDF. The SDK checks
   * that it is {@code application/pdf}, that its size and SHA-256 digest are the ones the platform
   * declared, and that it is a PDF. A read.
   *
   * @param certificateId the certificate's id, as in {@link Certificate#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return the checked document
   * @throws io.cityservices.core.error.ConflictException {@code certificate_not_ready} while it is
   *     pending or when it failed
   * @throws io.cityservices.core.error.ServerException {@code certificate_document_invalid} when the
   *     document is not the declared PDF
   * @throws io.cityservices.core.error.NotFoundException when it is not one of the citizen's
   */
  default CertificateDocument download(String certificateId, RequestOptions options) {
    return Blocking.await(downloadAsync(certificateId, options));
  }

  /**
   * The asynchronous form of {@link #download}; its future fails with the same exceptions.
   *
   * @param certificateId the certificate's id, as in {@link Certificate#id()}
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required, with the {@code
   *     social_insurance} scope) and optional per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<CertificateDocument> downloadAsync(String certificateId, RequestOptions options);
}
