package io.cityservices.exitentry;

import java.time.LocalDate;
import java.util.List;

/**
 * A passport or permit the citizen holds. The number masks itself in {@link #toString()}.
 *
 * @param type the document type
 * @param number its number
 * @param status whether it can be used
 * @param issuedOn the day it was issued
 * @param expiresOn its last valid day
 * @param expiryWarning the platform's warning that less than six months' validity remain (most
 *     countries refuse entry on a passport with less)
 * @param endorsements the endorsements on a permit; empty for a passport
 */
public record TravelDocument(
    DocumentType type,
    DocumentNumber number,
    DocumentStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn,
    boolean expiryWarning,
    List<Endorsement> endorsements) {

  /** The validity the six-month warning is about. */
  public static final int WARNING_MONTHS = 6;

  /**
   * Copies {@code endorsements}, taking null (a member the platform left out) as empty.
   *
   * @param type the document type
   * @param number its number
   * @param status whether it can be used
   * @param issuedOn the day it was issued
   * @param expiresOn its last valid day
   * @param expiryWarning the platform's warning that less than six months' validity remain (most
   *     countries refuse entry on a passport with less)
   * @param endorsements the endorsements on a permit; empty for a passport; null is taken as empty
   */
  public TravelDocument {
    endorsements = endorsements == null ? List.of() : List.copyOf(endorsements);
  }

  /**
   * Whether less than {@value #WARNING_MONTHS} months' validity remain on {@code today}.
   *
   * @param today the current date in the city, supplied by the caller so that results are
   *     reproducible
   * @return true when it expires less than six months after {@code today}, too soon for many
   *     destinations
   */
  public boolean expiresWithinSixMonths(LocalDate today) {
    return expiresOn.isBefore(today.plusMonths(WARNING_MONTHS));
  }
}
