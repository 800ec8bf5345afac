package io.cityservices.core.http;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.internal.CallRecords;
import io.cityservices.core.internal.async.Futures;
import io.cityservices.core.model.CityCode;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every service module's implementation needs to run its operations for one city: requests
 * rooted at the city, blocking and asynchronous execution that fail the same way (a request that
 * breaks a rule while being built fails the future rather than throwing), an optional translation
 * of platform errors into the module's more specific exceptions, and the common argument checks.
 * Service provider interface for modules; thread-safe.
 */
public final class ServiceCalls {

  private final ApiExecutor executor;
  private final CityCode city;
  private final Function<CityServicesException, CityServicesException> translate;

  /**
   * Calls for {@code city} whose platform errors are translated into the module's exceptions.
   *
   * @param executor the transport of the {@link io.cityservices.core.CityServices} the module
   *     client was made from; not null
   * @param city the city every request is rooted at; not null
   * @param translate turns a platform error into the module's more specific exception (for
   *     example a 409 {@code slot_full} into {@code SlotUnavailableException}); identity if none.
   *     The specific exception is given the original's attempts and idempotency key.
   */
  public ServiceCalls(
      ApiExecutor executor,
      CityCode city,
      Function<CityServicesException, CityServicesException> translate) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.city = Objects.requireNonNull(city, "city");
    this.translate = Objects.requireNonNull(translate, "translate");
  }

  /**
   * Calls for {@code city} without error translation.
   *
   * @param executor the transport of the {@link io.cityservices.core.CityServices} the module
   *     client was made from; not null
   * @param city the city every request is rooted at; not null
   */
  public ServiceCalls(ApiExecutor executor, CityCode city) {
    this(executor, city, Function.identity());
  }

  /**
   * The city the calls address.
   *
   * @return the city given at construction
   */
  public CityCode city() {
    return city;
  }

  /**
   * Starts a request of {@code operation} with the {@code city} path parameter filled in.
   *
   * @param operation the operation to call; its path template may use {@code {city}}
   * @return a builder with the {@code city} path parameter set to this city's code
   */
  public ApiRequest.Builder request(Operation operation) {
    return ApiRequest.of(operation).path("city", city.value());
  }

  /**
   * Builds and runs a call, waiting for its result.
   *
   * @param <T> the decoded result type
   * @param request builds the request; called once, on the calling thread, and may throw a {@link
   *     io.cityservices.core.error.ValidationException}
   * @param options per-call options such as a timeout or idempotency key, or null for none
   * @param type how to decode the response body
   * @return the decoded response body
   * @throws CityServicesException (translated) on any failure
   */
  public <T> T execute(Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    try {
      return executor.execute(request.get(), orNone(options), type);
    } catch (CityServicesException e) {
      throw translated(e);
    }
  }

  /**
   * Builds and runs a call without blocking. Every failure, including a rule broken while the
   * request is built, completes the future exceptionally (translated); nothing is thrown.
   *
   * @param <T> the decoded result type
   * @param request builds the request; called once, on the calling thread
   * @param options per-call options such as a timeout or idempotency key, or null for none
   * @param type how to decode the response body
   * @return a future of the decoded body; cancelling it cancels the call in flight
   */
  public <T> CompletableFuture<T> executeAsync(
      Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    CompletableFuture<T> future = start(request, options, type);
    CompletableFuture<T> translated = new CompletableFuture<>();
    Futures.onComplete(
        future,
        translated,
        (value, failure) -> {
          if (failure == null) {
            translated.complete(value);
            return;
          }
          Throwable cause =
              failure instanceof CompletionException && failure.getCause() != null
                  ? failure.getCause()
                  : failure;
          translated.completeExceptionally(
              cause instanceof CityServicesException e ? translated(e) : cause);
        });
    // Cancelling the caller's future cancels the call in flight; the callback cannot fail.
    Object unused =
        translated.whenComplete(
            (v, t) -> {
              if (translated.isCancelled()) {
                future.cancel(true);
              }
            });
    return translated;
  }

  /** The module's exception for {@code e}, keeping how the call went (attempts, idempotency key). */
  private CityServicesException translated(CityServicesException e) {
    CityServicesException specific = translate.apply(e);
    if (specific != e) {
      CallRecords.record(specific, e.attempts(), e.idempotencyKey());
    }
    return specific;
  }

  private <T> CompletableFuture<T> start(
      Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    try {
      return executor.executeAsync(request.get(), orNone(options), type);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Checks a path identifier before anything is sent.
   *
   * @param value the identifier the caller passed, e.g. a violation id
   * @param field the caller's Java name for it, named in the violation
   * @return {@code value}
   * @throws ValidationException naming {@code field} when it is null, blank, a dot segment ({@code .}
   *     or {@code ..}), longer than 128 characters, or holds a separator, {@code %}, white space or a
   *     control character (the same check {@link ApiRequest.Builder#path} applies to every value)
   */
  public static String requireId(String value, String field) {
    return PathSegments.check(value, field);
  }

  private static RequestOptions orNone(RequestOptions options) {
    return options == null ? RequestOptions.none() : options;
  }
}
