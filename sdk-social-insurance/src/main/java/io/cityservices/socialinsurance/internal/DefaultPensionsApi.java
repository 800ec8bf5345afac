package io.cityservices.socialinsurance.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.pagination.Page;
import io.cityservices.socialinsurance.PensionPayment;
import io.cityservices.socialinsurance.PensionPaymentQuery;
import io.cityservices.socialinsurance.PensionsApi;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultPensionsApi implements PensionsApi {
  private static final ResponseType<Page<PensionPayment>> PAGE = ResponseType.pageOf(PensionPayment.class);

  private final SocialInsuranceCalls calls;

  DefaultPensionsApi(SocialInsuranceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<PensionPayment>> listAsync(PensionPaymentQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, PAGE);
  }

  private ApiRequest listRequest(PensionPaymentQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(SocialInsuranceOperations.LIST_PENSION_PAYMENTS)
        .query("from", query.from())
        .query("to", query.to())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .validate(query)
        .build();
  }
}
