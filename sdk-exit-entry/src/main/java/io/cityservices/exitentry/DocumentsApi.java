package io.cityservices.exitentry;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The travel documents a citizen holds ({@code GET /documents}). Acts for a citizen. A read: safe,
 * retried on transient failures.
 *
 * <p>Besides the cases each method lists, any call may throw {@link
 * io.cityservices.core.error.DepartmentUnavailableException} while the city's exit-entry
 * administration is down, and the other {@link io.cityservices.core.error.CityServicesException}s
 * (authentication, rate limiting, timeouts, transport). The asynchronous forms throw nothing: every
 * failure, including invalid input, completes the future exceptionally with the same exception.
 */
public interface DocumentsApi {

  /**
   * The citizen's passports and permits, valid ones first, each with its endorsements and the
   * six-month expiry warning.
   *
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the citizen's passports and permits, valid or not; empty when they hold none
   * @throws io.cityservices.core.error.ValidationException when {@code options} carry no citizen;
   *     nothing is sent
   */
  default List<TravelDocument> list(RequestOptions options) {
    return Blocking.await(listAsync(options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<List<TravelDocument>> listAsync(RequestOptions options);
}
