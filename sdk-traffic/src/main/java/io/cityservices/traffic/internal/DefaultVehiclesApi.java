package io.cityservices.traffic.internal;

import static io.cityservices.traffic.internal.TrafficOperations.LIST_VEHICLES;
import static io.cityservices.traffic.internal.TrafficOperations.VEHICLE_PAGE;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.traffic.Vehicle;
import io.cityservices.traffic.VehicleQuery;
import java.util.Objects;
import io.cityservices.traffic.VehiclesApi;
import java.util.concurrent.CompletableFuture;

final class DefaultVehiclesApi implements VehiclesApi {

  private final ServiceCalls calls;

  DefaultVehiclesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Vehicle>> listAsync(VehicleQuery query, RequestOptions options) {
    return calls.executeAsync(() -> request(query), options, VEHICLE_PAGE);
  }

  private ApiRequest request(VehicleQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(LIST_VEHICLES).validate(query)
        .query("limit", query.limit()).query("cursor", query.cursor()).build();
  }
}
