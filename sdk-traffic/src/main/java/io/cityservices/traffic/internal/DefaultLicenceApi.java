package io.cityservices.traffic.internal;

import static io.cityservices.traffic.internal.TrafficOperations.GET_LICENCE;
import static io.cityservices.traffic.internal.TrafficOperations.LICENCE;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.traffic.DrivingLicence;
import io.cityservices.traffic.LicenceApi;
import java.util.concurrent.CompletableFuture;

final class DefaultLicenceApi implements LicenceApi {

  private final ServiceCalls calls;

  DefaultLicenceApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<DrivingLicence> getAsync(RequestOptions options) {
    return calls.executeAsync(this::request, options, LICENCE);
  }

  private ApiRequest request() {
    return calls.request(GET_LICENCE).build();
  }
}
