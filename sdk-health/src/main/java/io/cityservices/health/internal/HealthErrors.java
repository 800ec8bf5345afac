package io.cityservices.health.internal;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.health.CancellationCutoffPassedException;
import io.cityservices.health.FeeChangedException;

/**
 * Turns the platform errors a citizen can act on into the health module's specific exceptions; the
 * translation {@link io.cityservices.core.http.ServiceCalls} applies to blocking and asynchronous
 * calls alike. The specific exception keeps the attempts and idempotency key of the original.
 */
final class HealthErrors {

  private HealthErrors() {}

  /** The specific exception for {@code e}, or {@code e} itself when there is none. */
  static CityServicesException translate(CityServicesException e) {
    // Some hospital systems answer a passed cut-off with 422 rather than 409: the same case.
    if ("cancellation_cutoff_passed".equals(e.code()) && (e.status() == 409 || e.status() == 422)) {
      return new CancellationCutoffPassedException(e);
    }
    if (!(e instanceof ConflictException conflict)) {
      return e;
    }
    return switch (conflict.code()) {
      case "fee_changed" -> new FeeChangedException(conflict);
      default -> e;
    };
  }
}
