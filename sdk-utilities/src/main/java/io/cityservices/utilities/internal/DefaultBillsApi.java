package io.cityservices.utilities.internal;

import static io.cityservices.core.http.ServiceCalls.requireId;
import static io.cityservices.utilities.internal.UtilitiesOperations.BILL;
import static io.cityservices.utilities.internal.UtilitiesOperations.BILLS;
import static io.cityservices.utilities.internal.UtilitiesOperations.GET_BILL;
import static io.cityservices.utilities.internal.UtilitiesOperations.LIST_BILLS;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.BillQuery;
import io.cityservices.utilities.BillStatus;
import io.cityservices.utilities.BillsApi;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultBillsApi implements BillsApi {

  private final ServiceCalls calls;

  DefaultBillsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Bill>> listAsync(BillQuery request, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(request), options, BILLS);
  }

  private ApiRequest listRequest(BillQuery request) {
    Objects.requireNonNull(request, "request");
    if (request.statuses().contains(BillStatus.UNKNOWN)) {
      throw ValidationException.of("statuses", "must name known statuses only");
    }
    return calls.request(LIST_BILLS)
        .validate(request)
        .query("account_id", request.accountId())
        .queryAll("status", request.statuses().stream().sorted().map(BillStatus::name).toList())
        .query("limit", request.limit())
        .query("cursor", request.cursor())
        .build();
  }

  @Override
  public CompletableFuture<Bill> getAsync(String billId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(billId), options, BILL);
  }

  private ApiRequest getRequest(String billId) {
    return calls.request(GET_BILL).path("bill_id", requireId(billId, "billId")).build();
  }
}
