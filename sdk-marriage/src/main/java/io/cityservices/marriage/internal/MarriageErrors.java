package io.cityservices.marriage.internal;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.marriage.NotEligibleException;

/**
 * Turns the platform's {@code not_eligible} conflict into {@link NotEligibleException}, for blocking
 * and asynchronous calls alike; the specific exception keeps the attempts and idempotency key of the
 * original.
 */
final class MarriageErrors {

  private MarriageErrors() {}

  /** The specific exception for {@code e}, or {@code e} itself when there is none. */
  static CityServicesException translate(CityServicesException e) {
    if (e instanceof ConflictException conflict && "not_eligible".equals(conflict.code())) {
      return new NotEligibleException(conflict);
    }
    return e;
  }
}
