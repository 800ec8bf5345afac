package io.cityservices.socialinsurance.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.ServerException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.socialinsurance.Certificate;
import io.cityservices.socialinsurance.CertificateDocument;
import io.cityservices.socialinsurance.CertificateRequest;
import io.cityservices.socialinsurance.CertificatesApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

final class DefaultCertificatesApi implements CertificatesApi {
  private static final ResponseType<Certificate> CERTIFICATE = ResponseType.of(Certificate.class);
  private static final ResponseType<CertificateDocumentBody> DOCUMENT = ResponseType.of(CertificateDocumentBody.class);
  static final String PDF = "application/pdf";
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  /** A certificate takes seconds to produce: poll often at first, then back off. */
  private static final Duration FIRST_POLL_DELAY = Duration.ofMillis(200);
  private static final Duration MAX_POLL_DELAY = Duration.ofSeconds(2);

  private final SocialInsuranceCalls calls;
  private final Clock clock;

  DefaultCertificatesApi(SocialInsuranceCalls calls, Clock clock) {
    this.calls = calls;
    this.clock = clock;
  }

  @Override
  public CompletableFuture<Certificate> requestAsync(CertificateRequest request, RequestOptions options) {
    return calls.executeAsync(() -> createRequest(request), options, CERTIFICATE);
  }

  private ApiRequest createRequest(CertificateRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.request(SocialInsuranceOperations.REQUEST_CERTIFICATE).body(request).validate(request).build();
  }

  @Override
  public CompletableFuture<Certificate> getAsync(String certificateId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(certificateId), options, CERTIFICATE);
  }

  private ApiRequest getRequest(String certificateId) {
    return calls.request(SocialInsuranceOperations.GET_CERTIFICATE)
        .path("certificate_id", ServiceCalls.requireId(certificateId, "certificate_id"))
        .build();
  }

  @Override
  public CompletableFuture<Certificate> awaitReadyAsync(String certificateId, Duration maxWait, RequestOptions options) {
    if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
      return CompletableFuture.failedFuture(ValidationException.of("max_wait", "must be positive"));
    }
    Instant deadline = clock.instant().plus(maxWait);
    CompletableFuture<Certificate> result = new CompletableFuture<>();
    poll(certificateId, options, deadline, FIRST_POLL_DELAY, result);
    return result;
  }

  private void poll(String certificateId, RequestOptions options, Instant deadline, Duration delay,
      CompletableFuture<Certificate> result) {
    if (result.isDone()) {
      return;
    }
    // The outcome travels through `result`; the future whenComplete returns adds nothing to it.
    Object unused = getAsync(certificateId, options).whenComplete((certificate, failure) -> {
      if (failure != null) {
        result.completeExceptionally(failure instanceof CompletionException c && c.getCause() != null
            ? c.getCause() : failure);
        return;
      }
      if (certificate.status().isFinal()) {
        result.complete(certificate);
        return;
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        result.completeExceptionally(new ApiTimeoutException(
            "the certificate is still pending after the caller's wait", 0, "certificate_pending", null, null, null));
        return;
      }
      Duration wait = delay.compareTo(left) < 0 ? delay : left;
      Duration next = delay.multipliedBy(2).compareTo(MAX_POLL_DELAY) < 0 ? delay.multipliedBy(2) : MAX_POLL_DELAY;
      CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS)
          .execute(() -> poll(certificateId, options, deadline, next, result));
    });
  }

  @Override
  public CompletableFuture<CertificateDocument> downloadAsync(String certificateId, RequestOptions options) {
    return calls.executeAsync(() -> downloadRequest(certificateId), options, DOCUMENT)
        .thenApply(body -> checked(body, certificateId));
  }

  private ApiRequest downloadRequest(String certificateId) {
    return calls.request(SocialInsuranceOperations.DOWNLOAD_CERTIFICATE)
        .path("certificate_id", ServiceCalls.requireId(certificateId, "certificate_id"))
        .build();
  }

  /** Holds the document to what the platform declared before the caller gets it. */
  private static CertificateDocument checked(CertificateDocumentBody body, String certificateId) {
    if (body == null || body.content() == null) {
      throw invalid("the certificate document has no content");
    }
    byte[] content = body.content();
    if (!PDF.equals(body.contentType())) {
      throw invalid("the certificate document is not application/pdf");
    }
    if (body.size() != content.length) {
      throw invalid("the certificate document is " + content.length + " bytes, not the declared " + body.size());
    }
    if (!HexFormat.of().formatHex(sha256(content)).equalsIgnoreCase(String.valueOf(body.sha256()))) {
      throw invalid("the certificate document does not match its declared SHA-256 digest");
    }
    if (content.length < PDF_MAGIC.length || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
      throw invalid("the certificate document is not a PDF");
    }
    return new CertificateDocument(certificateId, PDF, content);
  }

  private static ServerException invalid(String message) {
    return new ServerException(message, 200, "certificate_document_invalid", null, null, null);
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
