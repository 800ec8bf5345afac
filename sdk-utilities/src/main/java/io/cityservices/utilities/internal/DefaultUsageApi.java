package io.cityservices.utilities.internal;

import static io.cityservices.utilities.internal.UtilitiesOperations.GET_USAGE;
import static io.cityservices.utilities.internal.UtilitiesOperations.USAGE;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.utilities.UsageApi;
import io.cityservices.utilities.UsageQuery;
import io.cityservices.utilities.UsageReport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultUsageApi implements UsageApi {

  private final ServiceCalls calls;

  DefaultUsageApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<UsageReport> getAsync(UsageQuery request, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(request), options, USAGE);
  }

  private ApiRequest getRequest(UsageQuery request) {
    Objects.requireNonNull(request, "request");
    return calls.request(GET_USAGE)
        .violations(UtilitiesRules.usage(request))
        .validate(request)
        .path("account_id", request.accountId(), "accountId")
        .query("from", request.from())
        .query("to", request.to())
        .query("granularity", request.granularity())
        .build();
  }
}
