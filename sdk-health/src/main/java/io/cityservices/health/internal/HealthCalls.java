package io.cityservices.health.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.health.CancellationCutoffPassedException;
import io.cityservices.health.FeeChangedException;
import io.cityservices.health.SlotUnavailableException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs the health calls of one city: builds requests rooted at the city, and turns the conflicts a
 * citizen can act on into their specific exceptions, the same way for blocking and asynchronous calls.
 */
final class HealthCalls {
  private final ApiExecutor executor;
  private final CityCode city;

  HealthCalls(ApiExecutor executor, CityCode city) {
    this.executor = executor;
    this.city = city;
  }

  CityCode city() {
    return city;
  }

  /** A request of {@code operation} in this client's city. */
  ApiRequest.Builder request(Operation operation) {
    return ApiRequest.of(operation).path("city", city.value());
  }

  /** Checks an id given as a plain parameter, before anything is sent. */
  static String requireId(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ValidationException.of(field, "must not be blank");
    }
    return value;
  }

  <T> T execute(Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    try {
      return executor.execute(request.get(), options, type);
    } catch (ConflictException e) {
      throw specific(e);
    }
  }

  <T> CompletableFuture<T> executeAsync(Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    ApiRequest built;
    try {
      built = request.get();
    } catch (CityServicesException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<T> call = executor.executeAsync(built, options, type);
    CompletableFuture<T> result = new CompletableFuture<>();
    call.whenComplete((value, failure) -> {
      if (failure == null) {
        result.complete(value);
      } else {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        result.completeExceptionally(cause instanceof ConflictException c ? specific(c) : cause);
      }
    });
    // Cancelling what the caller holds must still cancel the HTTP call in flight.
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        call.cancel(true);
      }
    });
    return result;
  }

  private static ConflictException specific(ConflictException e) {
    return switch (e.code()) {
      case "slot_full", "slot_unavailable" -> new SlotUnavailableException(e);
      case "fee_changed" -> new FeeChangedException(e);
      case "cancellation_cutoff_passed" -> new CancellationCutoffPassedException(e);
      default -> e;
    };
  }
}
