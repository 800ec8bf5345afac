package io.cityservices.marriage.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.marriage.OfficeQuery;
import io.cityservices.marriage.OfficesApi;
import io.cityservices.marriage.RegistrationOffice;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultOfficesApi implements OfficesApi {
  private static final ResponseType<Page<RegistrationOffice>> OFFICE_PAGE = ResponseType.pageOf(RegistrationOffice.class);
  private static final ResponseType<RegistrationOffice> OFFICE = ResponseType.of(RegistrationOffice.class);

  private final ServiceCalls calls;

  DefaultOfficesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<RegistrationOffice>> listAsync(OfficeQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, OFFICE_PAGE);
  }

  private ApiRequest listRequest(OfficeQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(MarriageOperations.LIST_OFFICES)
        .query("district", query.district())
        .query("handles_cross_border", query.handlesCrossBorder())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .validate(query)
        .build();
  }

  @Override
  public CompletableFuture<RegistrationOffice> getAsync(String officeId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(officeId), options, OFFICE);
  }

  private ApiRequest getRequest(String officeId) {
    return calls.request(MarriageOperations.GET_OFFICE)
        .path("office_id", ServiceCalls.requireId(officeId, "office_id"))
        .build();
  }
}
