package io.cityservices.utilities.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs the utilities operations of one city through the shared executor. Each operation builds its
 * {@link ApiRequest} in one private method of its sub-API, used by both the blocking and the
 * asynchronous form; the client's own checks run there, so a bad request fails before anything is
 * sent in both forms.
 */
final class UtilitiesCalls {

  private final ApiExecutor executor;
  private final CityCode city;

  UtilitiesCalls(ApiExecutor executor, CityCode city) {
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
    return executor.execute(request, options, type);
  }

  /** Runs the asynchronous form; a request that fails the client's own checks fails the future. */
  <T> CompletableFuture<T> executeAsync(Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    ApiRequest built;
    try {
      built = request.get();
    } catch (ValidationException e) {
      return CompletableFuture.failedFuture(e);
    }
    return executor.executeAsync(built, options, type);
  }

  /** Checks an id that becomes a path segment, before anything is sent. */
  static String requireId(String field, String id) {
    if (id == null || id.isBlank()) {
      throw ValidationException.of(field, "must not be blank");
    }
    return id;
  }

  /** Throws one exception naming every rule a request record found broken, before anything is sent. */
  static void requireNoViolations(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw ValidationException.clientSide(violations);
    }
  }
}
