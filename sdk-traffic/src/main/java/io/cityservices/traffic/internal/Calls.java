package io.cityservices.traffic.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Runs the traffic operations of one city through the shared executor. */
final class Calls {

  private final ApiExecutor executor;
  private final CityCode city;

  Calls(ApiExecutor executor, CityCode city) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.city = Objects.requireNonNull(city, "city");
  }

  CityCode city() {
    return city;
  }

  /** Starts a request of {@code operation} with the city filled in. */
  ApiRequest.Builder request(Operation operation) {
    return ApiRequest.of(operation).path("city", city.value());
  }

  <T> T execute(ApiRequest request, RequestOptions options, ResponseType<T> type) {
    return executor.execute(request, orNone(options), type);
  }

  /**
   * Runs a call asynchronously; a request that fails its client-side checks while being built fails
   * the future instead of throwing, as the executor does for the rules it checks itself.
   */
  <T> CompletableFuture<T> executeAsync(
      Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    ApiRequest built;
    try {
      built = request.get();
    } catch (CityServicesException e) {
      return CompletableFuture.failedFuture(e);
    }
    return executor.executeAsync(built, orNone(options), type);
  }

  private static RequestOptions orNone(RequestOptions options) {
    return options == null ? RequestOptions.none() : options;
  }
}
