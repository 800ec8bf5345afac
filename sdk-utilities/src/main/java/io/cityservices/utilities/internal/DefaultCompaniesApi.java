package io.cityservices.utilities.internal;

import static io.cityservices.utilities.internal.UtilitiesOperations.COMPANIES;
import static io.cityservices.utilities.internal.UtilitiesOperations.LIST_COMPANIES;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.utilities.CompaniesApi;
import io.cityservices.utilities.UtilityCompany;
import io.cityservices.utilities.UtilityType;
import java.util.List;
import java.util.concurrent.CompletableFuture;

final class DefaultCompaniesApi implements CompaniesApi {

  private final ServiceCalls calls;

  DefaultCompaniesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<UtilityCompany>> listAsync(UtilityType type, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(type), options, COMPANIES).thenApply(Page::data);
  }

  private ApiRequest listRequest(UtilityType type) {
    if (type == UtilityType.UNKNOWN) {
      throw ValidationException.of("type", "must be a known utility type or null for all");
    }
    return calls.request(LIST_COMPANIES).query("type", type).build();
  }
}
