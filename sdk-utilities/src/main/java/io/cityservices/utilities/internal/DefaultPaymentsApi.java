package io.cityservices.utilities.internal;

import static io.cityservices.core.http.ServiceCalls.requireId;
import static io.cityservices.utilities.internal.UtilitiesOperations.GET_PAYMENT;
import static io.cityservices.utilities.internal.UtilitiesOperations.GET_RECEIPT;
import static io.cityservices.utilities.internal.UtilitiesOperations.LIST_PAYMENTS;
import static io.cityservices.utilities.internal.UtilitiesOperations.PAYMENT;
import static io.cityservices.utilities.internal.UtilitiesOperations.PAYMENTS;
import static io.cityservices.utilities.internal.UtilitiesOperations.PAY_BILLS;
import static io.cityservices.utilities.internal.UtilitiesOperations.RECEIPT;
import static io.cityservices.utilities.internal.UtilitiesOperations.TOP_UP;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.utilities.PayBillsRequest;
import io.cityservices.utilities.Payment;
import io.cityservices.utilities.PaymentQuery;
import io.cityservices.utilities.PaymentReceipt;
import io.cityservices.utilities.PaymentsApi;
import io.cityservices.utilities.TopUpRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultPaymentsApi implements PaymentsApi {

  private final ServiceCalls calls;

  DefaultPaymentsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Payment> payAsync(PayBillsRequest request, RequestOptions options) {
    return calls.executeAsync(() -> payRequest(request), options, PAYMENT);
  }

  private ApiRequest payRequest(PayBillsRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.request(PAY_BILLS)
        .violations(UtilitiesRules.payBills(request))
        .validate(request)
        .body(new WireBodies.PayBills(request.billIds(), request.amount()))
        .build();
  }

  @Override
  public CompletableFuture<Payment> topUpAsync(TopUpRequest request, RequestOptions options) {
    return calls.executeAsync(() -> topUpRequest(request), options, PAYMENT);
  }

  private ApiRequest topUpRequest(TopUpRequest request) {
    Objects.requireNonNull(request, "request");
    String accountId = requireId(request.accountId(), "accountId");
    if (request.amount() != null && !request.amount().isPositive()) {
      throw ValidationException.of("amount", "must be greater than zero");
    }
    return calls.request(TOP_UP)
        .validate(request)
        .path("account_id", accountId)
        .body(new WireBodies.TopUp(request.amount()))
        .build();
  }

  @Override
  public CompletableFuture<Payment> getAsync(String paymentId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(paymentId), options, PAYMENT);
  }

  private ApiRequest getRequest(String paymentId) {
    return calls.request(GET_PAYMENT).path("payment_id", requireId(paymentId, "paymentId")).build();
  }

  @Override
  public CompletableFuture<PaymentReceipt> receiptAsync(String paymentId, RequestOptions options) {
    return calls.executeAsync(() -> receiptRequest(paymentId), options, RECEIPT);
  }

  private ApiRequest receiptRequest(String paymentId) {
    return calls.request(GET_RECEIPT).path("payment_id", requireId(paymentId, "paymentId")).build();
  }

  @Override
  public CompletableFuture<Page<Payment>> listAsync(PaymentQuery request, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(request), options, PAYMENTS);
  }

  private ApiRequest listRequest(PaymentQuery request) {
    Objects.requireNonNull(request, "request");
    return calls.request(LIST_PAYMENTS)
        .validate(request)
        .query("limit", request.limit())
        .query("cursor", request.cursor())
        .build();
  }
}
