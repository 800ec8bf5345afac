package io.cityservices.exitentry.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.exitentry.Application;
import io.cityservices.exitentry.ApplicationQuery;
import io.cityservices.exitentry.ApplicationsApi;
import io.cityservices.exitentry.ReceiptNumber;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultApplicationsApi implements ApplicationsApi {
  private static final ResponseType<Application> APPLICATION = ResponseType.of(Application.class);
  private static final ResponseType<Page<Application>> APPLICATION_PAGE = ResponseType.pageOf(Application.class);

  private final ServiceCalls calls;

  DefaultApplicationsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Application> getAsync(ReceiptNumber receiptNumber, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(receiptNumber), options, APPLICATION);
  }

  private ApiRequest getRequest(ReceiptNumber receiptNumber) {
    if (receiptNumber == null) {
      throw ValidationException.of("receipt_number", "must not be null");
    }
    return calls.request(ExitEntryOperations.GET_APPLICATION)
        .path("receipt_number", receiptNumber.value())
        .build();
  }

  @Override
  public CompletableFuture<Page<Application>> listAsync(ApplicationQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, APPLICATION_PAGE);
  }

  private ApiRequest listRequest(ApplicationQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(ExitEntryOperations.LIST_APPLICATIONS)
        .query("status", query.status())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .validate(query)
        .build();
  }
}
