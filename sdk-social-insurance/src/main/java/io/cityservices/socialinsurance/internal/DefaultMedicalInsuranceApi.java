package io.cityservices.socialinsurance.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.socialinsurance.MedicalInsurance;
import io.cityservices.socialinsurance.MedicalInsuranceApi;
import java.util.concurrent.CompletableFuture;

final class DefaultMedicalInsuranceApi implements MedicalInsuranceApi {
  private static final ResponseType<MedicalInsurance> MEDICAL = ResponseType.of(MedicalInsurance.class);

  private final SocialInsuranceCalls calls;

  DefaultMedicalInsuranceApi(SocialInsuranceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<MedicalInsurance> getAsync(RequestOptions options) {
    return calls.executeAsync(this::getRequest, options, MEDICAL);
  }

  private ApiRequest getRequest() {
    return calls.request(SocialInsuranceOperations.GET_MEDICAL_INSURANCE).build();
  }
}
