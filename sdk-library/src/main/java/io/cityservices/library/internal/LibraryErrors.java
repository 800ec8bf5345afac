package io.cityservices.library.internal;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.library.RenewalBlock;
import io.cityservices.library.RenewalDeniedException;

/**
 * Turns a refused renewal (409 with one of Koha's reason codes) into {@link RenewalDeniedException},
 * for blocking and asynchronous calls alike. The specific exception keeps the attempts and
 * idempotency key of the original.
 */
final class LibraryErrors {

  private LibraryErrors() {}

  static CityServicesException translate(CityServicesException e) {
    if (e instanceof ConflictException && RenewalBlock.fromCode(e.code()) != RenewalBlock.UNKNOWN) {
      return new RenewalDeniedException(e);
    }
    return e;
  }
}
