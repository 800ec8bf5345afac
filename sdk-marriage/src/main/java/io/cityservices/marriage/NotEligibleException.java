package io.cityservices.marriage;

import io.cityservices.core.error.ConflictException;

/**
 * The platform refused the registration ({@code not_eligible}, HTTP 409): one of the parties cannot
 * register it (for a marriage: already married, or close kin of the other; for a divorce: the two are
 * not married to each other). The platform never says which party or why, so that neither learns the
 * other's marital data from it; the party concerned learns it at the registration office. Nothing was
 * booked; a booking refused at consent time is {@link BookingStatus#REFUSED}.
 */
public class NotEligibleException extends ConflictException {
  /**
   * Wraps the 409 conflict the platform answered with.
   *
   * @param cause the platform error that carried this code; its status, request id and problem
   *     details are kept
   */
  public NotEligibleException(ConflictException cause) {
    super("the platform cannot register this for these two parties (it does not say which party or why)",
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
  }
}
