package io.cityservices.core.internal.http;

import io.cityservices.core.catalog.Catalog;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.internal.async.Refreshable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Refuses, before signing and sending, a call to a service the city does not offer according to
 * the platform's catalog. The catalog is awaited within the call's deadline (only the first call
 * of a client really waits: afterwards a stale catalog serves while one refresh runs). When no
 * catalog could be fetched, calls go ahead and the platform decides.
 */
final class CatalogStage implements Stage {

  private final Refreshable<Snapshot> catalog;

  /**
   * @param fetch starts fetching the catalog
   * @param maxAge how long a catalog is used before it is refreshed in the background
   */
  CatalogStage(Supplier<CompletableFuture<Catalog>> fetch, Clock clock, Duration maxAge) {
    this.catalog =
        Refreshable.inMemory(
            previous ->
                fetch
                    .get()
                    // A failed fetch keeps the last known catalog (or none) until the next refresh.
                    .handle(
                        (fresh, failure) ->
                            new Snapshot(
                                fresh != null || previous == null ? fresh : previous.catalog(),
                                clock.instant())),
            s -> true,
            s -> clock.instant().isBefore(s.fetchedAt().plus(maxAge)));
  }

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    CallContext call = exchange.call();
    String city = call.request().city();
    String service = call.operation().service();
    if (city == null || "platform".equals(service)) {
      return next.proceed(exchange);
    }
    return catalog
        .get(call.deadline(), () -> call.deadlinePassed("the platform catalog"))
        .thenCompose(
            snapshot -> {
              Catalog known = snapshot.catalog();
              if (known != null && !known.cities().isEmpty() && !known.offers(city, service)) {
                throw new ServiceNotOfferedException(
                    "City " + city + " does not offer " + service + " (per the platform catalog); "
                        + call.operation().name() + " was not sent",
                    0,
                    "service_not_offered",
                    call.requestId(),
                    null,
                    null);
              }
              return next.proceed(exchange);
            });
  }

  private record Snapshot(Catalog catalog, Instant fetchedAt) {}
}
