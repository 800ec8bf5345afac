package io.cityservices.utilities.internal;

import static io.cityservices.core.http.ServiceCalls.requireId;
import static io.cityservices.utilities.internal.UtilitiesChecks.requireNoViolations;
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
  public UsageReport get(UsageQuery request, RequestOptions options) {
    return calls.execute(() -> getRequest(request), options, USAGE);
  }

  @Override
  public CompletableFuture<UsageReport> getAsync(UsageQuery request, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(request), options, USAGE);
  }

  private ApiRequest getRequest(UsageQuery request) {
    Objects.requireNonNull(request, "request");
    requireNoViolations(request.violations());
    return calls.request(GET_USAGE)
        .validate(request)
        .path("account_id", requireId(request.accountId(), "accountId"))
        .query("from", request.from())
        .query("to", request.to())
        .query("granularity", request.granularity())
        .build();
  }
}
