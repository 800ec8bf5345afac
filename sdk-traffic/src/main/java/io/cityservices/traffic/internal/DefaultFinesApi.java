package io.cityservices.traffic.internal;

import static io.cityservices.traffic.internal.TrafficOperations.GET_PAYMENT;
import static io.cityservices.traffic.internal.TrafficOperations.PAYMENT;
import static io.cityservices.traffic.internal.TrafficOperations.PAY_FINE;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.Money;
import io.cityservices.traffic.FinePayment;
import io.cityservices.traffic.FinesApi;
import io.cityservices.traffic.PayFineRequest;
import io.cityservices.traffic.Violation;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultFinesApi implements FinesApi {

  private final ServiceCalls calls;

  DefaultFinesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<FinePayment> payAsync(PayFineRequest request, RequestOptions options) {
    return calls.executeAsync(() -> payRequest(request), options, PAYMENT);
  }

  @Override
  public CompletableFuture<FinePayment> payAsync(Violation violation, RequestOptions options) {
    return calls.executeAsync(() -> payRequest(payable(violation)), options, PAYMENT);
  }

  /** The request paying {@code violation}, or the conflict the platform would answer, without asking it. */
  private static PayFineRequest payable(Violation violation) {
    Objects.requireNonNull(violation, "violation");
    if (!violation.isPayable()) {
      throw new ConflictException(
          "violation is " + violation.status() + ", not payable; nothing was sent",
          0, VIOLATION_NOT_PAYABLE, null, null, null);
    }
    return PayFineRequest.of(violation);
  }

  private ApiRequest payRequest(PayFineRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.request(PAY_FINE)
        .path("violation_id", request.violationId(), "violationId")
        .require(request.expectedAmount() == null || request.expectedAmount().isPositive(),
            "expectedAmount", "must be positive")
        .validate(request)
        .body(new PayFineBody(request.expectedAmount()))
        .build();
  }

  /** The wire body: the violation is in the path. */
  private record PayFineBody(Money expectedAmount) {}

  @Override
  public CompletableFuture<FinePayment> getAsync(String paymentId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(paymentId), options, PAYMENT);
  }

  private ApiRequest getRequest(String paymentId) {
    return calls.request(GET_PAYMENT).path("payment_id", ServiceCalls.requireId(paymentId, "paymentId")).build();
  }
}
