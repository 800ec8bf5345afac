package io.cityservices.core.internal.http;

import io.cityservices.core.catalog.Catalog;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ServiceNotOfferedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Refuses, before sending, a call to a service the city does not offer according to the platform's
 * catalog. The catalog is read-mostly: it is kept for a while and refreshed in the background of a
 * later call. If it cannot be fetched, calls go ahead and the platform decides.
 */
public final class ServiceAvailabilityPolicy implements RequestPolicy {

  private final Supplier<Catalog> fetch;
  private final Clock clock;
  private final Duration maxAge;
  private volatile Snapshot snapshot;

  public ServiceAvailabilityPolicy(Supplier<Catalog> fetch, Clock clock, Duration maxAge) {
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
    Instant now = clock.instant();
    if (s != null && now.isBefore(s.fetchedAt().plus(maxAge))) {
      return s.catalog();
    }
    try {
      Catalog fresh = fetch.get();
      snapshot = new Snapshot(fresh, now);
      return fresh;
    } catch (CityServicesException e) {
      // Keep the last known catalog (or none) until the next refresh, rather than asking again on
      // every call while the platform is struggling.
      Catalog last = s == null ? null : s.catalog();
      snapshot = new Snapshot(last, now);
      return last;
    }
  }

  private record Snapshot(Catalog catalog, Instant fetchedAt) {}
}
