package io.cityservices.core.internal.http;

import io.cityservices.core.catalog.Catalog;
import io.cityservices.core.error.ServiceNotOfferedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Refuses, before sending, a call to a service the city does not offer according to the platform's
 * catalog. Only the first call waits for the catalog; afterwards a stale catalog keeps being used
 * while one asynchronous refresh runs, so no call ever blocks a shared thread on it. If the
 * catalog cannot be fetched, calls go ahead and the platform decides.
 */
public final class ServiceAvailabilityPolicy implements RequestPolicy {

  private final Supplier<CompletableFuture<Catalog>> fetch;
  private final Clock clock;
  private final Duration maxAge;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private final Object firstFetch = new Object();
  private volatile Snapshot snapshot;

  public ServiceAvailabilityPolicy(
      Supplier<CompletableFuture<Catalog>> fetch, Clock clock, Duration maxAge) {
    this.fetch = fetch;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  @Override
  public void onRequest(CallContext call, OutgoingRequest request) {
    String city = call.request().city();
    String service = call.operation().service();
    if (city == null || "platform".equals(service)) {
      return;
    }
    Catalog catalog = catalog();
    if (catalog != null && !catalog.cities().isEmpty() && !catalog.offers(city, service)) {
      throw new ServiceNotOfferedException(
          "City " + city + " does not offer " + service + " (per the platform catalog); "
              + call.operation().name() + " was not sent",
          0,
          "service_not_offered",
          call.requestId(),
          null,
          null);
    }
  }

  private Catalog catalog() {
    Snapshot s = snapshot;
    if (s == null) {
      synchronized (firstFetch) {
        if (snapshot == null) {
          snapshot = new Snapshot(fetchNow(), clock.instant());
        }
        return snapshot.catalog();
      }
    }
    if (!clock.instant().isBefore(s.fetchedAt().plus(maxAge)) && refreshing.compareAndSet(false, true)) {
      fetch.get().whenComplete((fresh, failure) -> {
        // On failure keep the last known catalog until the next refresh.
        snapshot = new Snapshot(fresh != null ? fresh : s.catalog(), clock.instant());
        refreshing.set(false);
      });
    }
    return s.catalog();
  }

  private Catalog fetchNow() {
    try {
      return fetch.get().join();
    } catch (CompletionException | io.cityservices.core.error.CityServicesException e) {
      return null;
    }
  }

  private record Snapshot(Catalog catalog, Instant fetchedAt) {}
}
