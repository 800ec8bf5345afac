package io.cityservices.marriage;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What can be booked, and the documents each booking type needs ({@code GET /booking-types}). Public
 * reference data: the app's token is enough, responses are cached per HTTP caching. A read: safe to
 * retry, and the SDK retries it on transient failures.
 */
public interface BookingTypesApi {

  /**
   * Every booking type the city offers, with its required documents.
   *
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return every booking type with the documents each party brings
   * @throws io.cityservices.core.error.ServiceNotOfferedException in a city without the service
   * @throws io.cityservices.core.error.DepartmentUnavailableException while the city's civil affairs
   *     system is down
   */
  default List<BookingTypeDetails> list(RequestOptions options) {
    return Blocking.await(listAsync(options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<List<BookingTypeDetails>> listAsync(RequestOptions options);
}
