package io.cityservices.library;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;

/**
 * The library refused to renew a loan (HTTP 409); {@link #reason()} says why and {@link #code()} is
 * Koha's code for it ({@code too_many}, {@code too_soon}, {@code on_hold}, {@code overdue},
 * {@code restricted}, {@code item_denied_renewal}, {@code fines_owed}). The loan is unchanged.
 */
public class RenewalDeniedException extends ConflictException {

  private final RenewalBlock reason;

  /** Wraps the platform's 409 answer. */
  public RenewalDeniedException(CityServicesException cause) {
    super("the library refused to renew the loan: " + cause.code(),
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
    this.reason = RenewalBlock.fromCode(cause.code());
  }

  /** Why the loan cannot be renewed. */
  public RenewalBlock reason() {
    return reason;
  }
}
