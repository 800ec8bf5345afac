package io.cityservices.core.http;

import io.cityservices.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Runs platform calls: the service provider interface through which service modules
 * ({@code sdk-traffic}, {@code sdk-utilities}, ...) reach the shared transport. Application code
 * uses the module clients instead. Obtained from {@code CityServices#apiExecutor()}.
 *
 * <p>Each call is validated, given a request id (and an idempotency key when the operation creates
 * or pays), authenticated, signed, sent, verified and retried per the entry object's
 * configuration. Thread-safe.
 */
public interface ApiExecutor {

  /**
   * Runs a call and waits for its result.
   *
   * @param <T> the decoded result type
   * @param request the call to run
   * @param options per-call options; {@link RequestOptions#none()} for none
   * @param type how to decode the response body
   * @return the response body read as {@code type}, or null for {@link ResponseType#none()}
   * @throws io.cityservices.core.error.CityServicesException or a subclass, on any failure
   */
  <T> T execute(ApiRequest request, RequestOptions options, ResponseType<T> type);

  /**
   * Runs a call without blocking the caller. The future completes with the result or, exceptionally,
   * with a {@link io.cityservices.core.error.CityServicesException}; validation failures complete it
   * exceptionally too. Cancelling the future cancels the HTTP call in flight and any pending retry.
   *
   * @param <T> the decoded result type
   * @param request the call to run
   * @param options per-call options; {@link RequestOptions#none()} for none
   * @param type how to decode the response body
   * @return a future of the decoded body, or of null for {@link ResponseType#none()}
   */
  <T> CompletableFuture<T> executeAsync(
      ApiRequest request, RequestOptions options, ResponseType<T> type);
}
