package io.cityservices.core.internal.http;

import io.cityservices.core.error.TransportException;
import io.cityservices.core.http.Operation;
import io.cityservices.core.internal.resilience.CacheLookup;
import io.cityservices.core.internal.resilience.ResponseCache;
import io.cityservices.core.internal.resilience.SingleFlight;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serves public reference reads from the shared HTTP cache while fresh; otherwise sends one
 * (conditional, when a stale entry has an entity tag) request per URL that every concurrent
 * identical read shares. Only verified successful responses are stored.
 */
final class CacheStage implements Stage {

  private final ResponseCache<IncomingResponse> cache;
  private final SingleFlight<String, IncomingResponse> inFlight = new SingleFlight<>();
  private final Interceptors interceptors;

  CacheStage(ResponseCache<IncomingResponse> cache, Interceptors interceptors) {
    this.cache = cache;
    this.interceptors = interceptors;
  }

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    if (exchange.call().operation().kind() != Operation.Kind.PUBLIC_READ) {
      return next.proceed(exchange);
    }
    String key = exchange.call().url();
    CacheLookup<IncomingResponse> hit = cache.lookup(key);
    if (hit instanceof CacheLookup.Fresh<IncomingResponse> fresh) {
      interceptors.cacheHit(exchange.call().attemptInfo(exchange.attempt()));
      return CompletableFuture.completedFuture(fresh.value());
    }
    String etag = hit instanceof CacheLookup.Stale<IncomingResponse> stale ? stale.etag() : null;
    // The flight runs its supplier only for the caller that starts it (on this thread), so a
    // caller whose supplier did not run joined a read already in flight.
    AtomicBoolean sent = new AtomicBoolean();
    CompletableFuture<IncomingResponse> response =
        inFlight.execute(
            key,
            () -> {
              sent.set(true);
              if (etag != null) {
                exchange.request().header("if-none-match", etag);
              }
              return next.proceed(exchange).thenApply(r -> storeOrRevalidate(key, r));
            });
    if (!sent.get()) {
      interceptors.coalesced(exchange.call().attemptInfo(exchange.attempt()));
    }
    return response;
  }

  private IncomingResponse storeOrRevalidate(String key, IncomingResponse response) {
    if (response.status() == 304) {
      return cache
          .refresh(key, response::header)
          .orElseThrow(
              () ->
                  new TransportException(
                      "Cached entry for a 304 was evicted; retry the call",
                      304,
                      "cache_evicted",
                      response.header("x-request-id"),
                      null,
                      null));
    }
    if (response.isSuccessful()) {
      cache.store(key, response, response::header);
    }
    return response;
  }
}
