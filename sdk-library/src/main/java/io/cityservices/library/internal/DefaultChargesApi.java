package io.cityservices.library.internal;

import static io.cityservices.library.internal.LibraryOperations.CHARGES;
import static io.cityservices.library.internal.LibraryOperations.CHARGE_PAYMENT;
import static io.cityservices.library.internal.LibraryOperations.LIST_CHARGES;
import static io.cityservices.library.internal.LibraryOperations.PAY_CHARGES;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.library.Charge;
import io.cityservices.library.ChargePayment;
import io.cityservices.library.ChargeQuery;
import io.cityservices.library.ChargeStatus;
import io.cityservices.library.ChargesApi;
import io.cityservices.library.PayChargesRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultChargesApi implements ChargesApi {

  private final ServiceCalls calls;

  DefaultChargesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Charge>> listAsync(ChargeQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, CHARGES);
  }

  private ApiRequest listRequest(ChargeQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.status() == ChargeStatus.UNKNOWN) {
      throw ValidationException.of("status", "must be a known status or null for all");
    }
    return calls.request(LIST_CHARGES)
        .validate(query)
        .query("status", query.status())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .build();
  }

  @Override
  public CompletableFuture<ChargePayment> payAsync(PayChargesRequest request, RequestOptions options) {
    return calls.executeAsync(() -> payRequest(request), options, CHARGE_PAYMENT);
  }

  private ApiRequest payRequest(PayChargesRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.request(PAY_CHARGES)
        .violations(LibraryRules.payCharges(request))
        .validate(request)
        .body(new WireBodies.PayCharges(request.chargeIds(), request.amount()))
        .build();
  }
}
