package io.cityservices.utilities.internal;

import static io.cityservices.utilities.internal.UtilitiesCalls.requireId;
import static io.cityservices.utilities.internal.UtilitiesCalls.requireNoViolations;
import static io.cityservices.utilities.internal.UtilitiesOperations.GET_USAGE;
import static io.cityservices.utilities.internal.UtilitiesOperations.USAGE;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.utilities.UsageApi;
import io.cityservices.utilities.UsageReport;
import io.cityservices.utilities.UsageRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultUsageApi implements UsageApi {

  private final UtilitiesCalls calls;

  DefaultUsageApi(UtilitiesCalls calls) {
    this.calls = calls;
  }

  @Override
  public UsageReport get(UsageRequest request, RequestOptions options) {
    return calls.execute(getRequest(request), options, USAGE);
  }

  @Override
  public CompletableFuture<UsageReport> getAsync(UsageRequest request, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(request), options, USAGE);
  }

  private ApiRequest getRequest(UsageRequest request) {
    Objects.requireNonNull(request, "request");
    requireNoViolations(request.violations());
    return calls.request(GET_USAGE)
        .validate(request)
        .path("account_id", requireId("accountId", request.accountId()))
        .query("from", request.from())
        .query("to", request.to())
        .query("granularity", request.granularity())
        .build();
  }
}
