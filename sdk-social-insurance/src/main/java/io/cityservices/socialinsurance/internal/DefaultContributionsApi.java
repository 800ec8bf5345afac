package io.cityservices.socialinsurance.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.pagination.Page;
import io.cityservices.socialinsurance.Contribution;
import io.cityservices.socialinsurance.ContributionQuery;
import io.cityservices.socialinsurance.ContributionsApi;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultContributionsApi implements ContributionsApi {
  private static final ResponseType<Page<Contribution>> PAGE = ResponseType.pageOf(Contribution.class);

  private final SocialInsuranceCalls calls;

  DefaultContributionsApi(SocialInsuranceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Contribution>> listAsync(ContributionQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, PAGE);
  }

  private ApiRequest listRequest(ContributionQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(SocialInsuranceOperations.LIST_CONTRIBUTIONS)
        .query("insurance_type", query.insuranceType() == null ? null : query.insuranceType().code())
        .query("from", query.from())
        .query("to", query.to())
        .query("status", query.status())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .validate(query)
        .build();
  }
}
