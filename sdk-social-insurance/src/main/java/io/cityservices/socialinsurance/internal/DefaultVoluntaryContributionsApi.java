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
  public List<VoluntaryContribution> list(RequestOptions options) {
    return calls.execute(this::listRequest, options, CONTRIBUTIONS);
  }

  @Override
  public CompletableFuture<List<VoluntaryContribution>> listAsync(RequestOptions options) {
    return calls.executeAsync(this::listRequest, options, CONTRIBUTIONS);
  }

  private ApiRequest listRequest() {
    return calls.request(SocialInsuranceOperations.LIST_VOLUNTARY_CONTRIBUTIONS).build();
  }

  @Override
  public VoluntaryContribution pay(PayVoluntaryContributionRequest request, RequestOptions options) {
    return calls.execute(() -> payRequest(request), options, CONTRIBUTION);
  }

  @Override
  public CompletableFuture<VoluntaryContribution> payAsync(
      PayVoluntaryContributionRequest request, RequestOptions options) {
    return calls.executeAsync(() -> payRequest(request), options, CONTRIBUTION);
  }

  private ApiRequest payRequest(PayVoluntaryContributionRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.request(SocialInsuranceOperations.PAY_VOLUNTARY_CONTRIBUTION)
        // A null id is refused by core's path check as the request is built, naming the field.
        .path("contribution_id", Objects.requireNonNullElse(request.contributionId(), ""))
        .body(request.expectedAmount() == null ? Map.of() : Map.of("expected_amount", request.expectedAmount()))
        .validate(request)
        .build();
  }
}
