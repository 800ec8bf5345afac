package io.cityservices.traffic.internal;

import static io.cityservices.traffic.internal.TrafficOperations.LIST_VEHICLES;
import static io.cityservices.traffic.internal.TrafficOperations.VEHICLE_PAGE;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import io.cityservices.traffic.Vehicle;
import io.cityservices.traffic.VehiclesApi;
import java.util.concurrent.CompletableFuture;

final class DefaultVehiclesApi implements VehiclesApi {

  private final ServiceCalls calls;

  DefaultVehiclesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public Page<Vehicle> list(String cursor, RequestOptions options) {
    return calls.execute(() -> request(cursor), options, VEHICLE_PAGE);
  }

  @Override
  public CompletableFuture<Page<Vehicle>> listAsync(String cursor, RequestOptions options) {
    return calls.executeAsync(() -> request(cursor), options, VEHICLE_PAGE);
  }

  @Override
  public PagedIterable<Vehicle> listAll(RequestOptions options) {
    return new PagedIterable<>(cursor -> list(cursor, options));
  }

  private ApiRequest request(String cursor) {
    return calls.request(LIST_VEHICLES).query("cursor", cursor).build();
  }
}
