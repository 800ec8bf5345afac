package io.cityservices.exitentry;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The endorsement types on offer ({@code GET /endorsement-types}): public reference data, cached per
 * the platform's {@code Cache-Control} and {@code ETag}. A read: safe, retried on transient failures.
 * Any call may throw the {@link io.cityservices.core.error.CityServicesException}s every call may
 * throw (department unavailable, authentication, rate limiting, timeouts, transport); the
 * asynchronous form completes its future exceptionally with them instead.
 */
public interface EndorsementTypesApi {

  /**
   * Every endorsement type with the validities and numbers of entries it is issued with.
   *
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return every endorsement type on offer with its validity and entry options
   */
  default List<EndorsementKind> list(RequestOptions options) {
    return Blocking.await(listAsync(options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<List<EndorsementKind>> listAsync(RequestOptions options);
}
