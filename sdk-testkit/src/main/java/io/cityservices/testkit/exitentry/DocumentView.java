package io.cityservices.testkit.exitentry;

import java.time.LocalDate;
import java.util.List;

/**
 * A travel document a citizen holds, as the platform serves it.
 *
 * @param type {@code PASSPORT}, {@code HK_MACAO_PERMIT} or {@code TAIWAN_PERMIT}
 * @param number the document number, in clear as on the wire
 * @param status {@code VALID}, {@code EXPIRED} or {@code INVALIDATED}
 * @param issuedOn the day of issue
 * @param expiresOn the last valid day
 * @param expiryWarning whether less than six months' validity remain
 * @param endorsements the endorsements on a permit
 */
public record DocumentView(
    String type, String number, String status, LocalDate issuedOn, LocalDate expiresOn, boolean expiryWarning,
    List<EndorsementView> endorsements) {

  /**
   * An endorsement on a permit.
   *
   * @param type its letter
   * @param validUntil its last valid day
   * @param entriesAllowed the entries it allows, or null for any number
   * @param entriesUsed the entries used
   */
  public record EndorsementView(String type, LocalDate validUntil, Integer entriesAllowed, int entriesUsed) {}
}
