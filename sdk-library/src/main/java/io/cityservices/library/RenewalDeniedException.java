package io.cityservices.library;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;

/**
 * The library refused to renew a loan (HTTP 409); {@link #reason()} says why and {@link #code()} is
 * Koha's code for it ({@code too_many}, {@code too_soon}, {@code on_hold}, {@code overdue},
 * {@code restricted}, {@code item_denied_renewal}, {@code fines_owed}). The loan is unchanged.
 */
public class RenewalDeniedException extends ConflictException {

  /** Why the platform refused, read from the error code. */
  private final RenewalBlock reason;

  /**
   * Wraps the platform's 409 answer.
   *
   * @param cause the platform's 409 error; its code names the reason
   */
  public RenewalDeniedException(CityServicesException cause) {
    super("the library refused to renew the loan: " + cause.code(),
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
    this.reason = RenewalBlock.fromCode(cause.code());
  }

  /**
   * Why the loan cannot be renewed.
   *
   * @return the reason, {@link RenewalBlock#UNKNOWN} for a code this SDK does not know
   */
  public RenewalBlock reason() {
    return reason;
  }
}
