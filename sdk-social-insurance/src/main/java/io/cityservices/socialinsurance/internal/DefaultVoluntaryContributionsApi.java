package io.cityservices.socialinsurance.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.socialinsurance.PayVoluntaryContributionRequest;
import io.cityservices.socialinsurance.VoluntaryContribution;
import io.cityservices.socialinsurance.VoluntaryContributionsApi;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultVoluntaryContributionsApi implements VoluntaryContributionsApi {
  private static final ResponseType<VoluntaryContribution> CONTRIBUTION = ResponseType.of(VoluntaryContribution.class);
  private static final ResponseType<List<VoluntaryContribution>> CONTRIBUTIONS =
      ResponseType.listOf(VoluntaryContribution.class);

  private final SocialInsuranceCalls calls;

  DefaultVoluntaryContributionsApi(SocialInsuranceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<VoluntaryContribution>> listAsync(RequestOptions options) {
    return calls.executeAsync(this::listRequest, options, CONTRIBUTIONS);
  }

  private ApiRequest listRequest() {
    return calls.request(SocialInsuranceOperations.LIST_VOLUNTARY_CONTRIBUTIONS).build();
  }

  @Override
  public CompletableFuture<VoluntaryContribution> payAsync(
      PayVoluntaryContributionRequest request, RequestOptions options) {
    return calls.executeAsync(() -> payRequest(request), options, CONTRIBUTION);
  }

  private ApiRequest payRequest(PayVoluntaryContributionRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.request(SocialInsuranceOperations.PAY_VOLUNTARY_CONTRIBUTION)
        // A bad id is reported by core together with the body's broken fields, in one error.
        .path("contribution_id", request.contributionId(), "contributionId")
        .body(request.expectedAmount() == null ? Map.of() : Map.of("expected_amount", request.expectedAmount()))
        .validate(request)
        .build();
  }
}
