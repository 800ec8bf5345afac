package io.cityservices.socialinsurance.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.socialinsurance.Enrolment;
import io.cityservices.socialinsurance.EnrolmentsApi;
import java.util.List;
import java.util.concurrent.CompletableFuture;

final class DefaultEnrolmentsApi implements EnrolmentsApi {
  private static final ResponseType<List<Enrolment>> ENROLMENTS = ResponseType.listOf(Enrolment.class);

  private final SocialInsuranceCalls calls;

  DefaultEnrolmentsApi(SocialInsuranceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<Enrolment>> listAsync(RequestOptions options) {
    return calls.executeAsync(this::listRequest, options, ENROLMENTS);
  }

  private ApiRequest listRequest() {
    return calls.request(SocialInsuranceOperations.LIST_ENROLMENTS).build();
  }
}
