package io.cityservices.exitentry.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.exitentry.Office;
import io.cityservices.exitentry.OfficeQuery;
import io.cityservices.exitentry.OfficesApi;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultOfficesApi implements OfficesApi {
  private static final ResponseType<Page<Office>> OFFICE_PAGE = ResponseType.pageOf(Office.class);
  private static final ResponseType<Office> OFFICE = ResponseType.of(Office.class);

  private final ServiceCalls calls;

  DefaultOfficesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Office>> listAsync(OfficeQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, OFFICE_PAGE);
  }

  private ApiRequest listRequest(OfficeQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(ExitEntryOperations.LIST_OFFICES)
        .query("document_type", query.documentType())
        .query("district", query.district())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .validate(query)
        .build();
  }

  @Override
  public CompletableFuture<Office> getAsync(String officeId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(officeId), options, OFFICE);
  }

  private ApiRequest getRequest(String officeId) {
    return calls.request(ExitEntryOperations.GET_OFFICE)
        .path("office_id", ServiceCalls.requireId(officeId, "office_id"))
        .build();
  }
}
