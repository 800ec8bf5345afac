package io.cityservices.traffic;

import io.cityservices.core.privacy.Redactor;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The citizen's own driving licence (驾驶证). {@link #toString()} masks the licence and file numbers.
 *
 * @param number the licence number, the holder's identity number (jszh); personal data
 * @param fileNumber the archive file number (dabh); personal data
 * @param licenceClass the permitted driving class (zjcx), e.g. {@code C1}; classes combine, e.g.
 *     {@code A2D}
 * @param firstIssuedOn the first issue date (cclzrq)
 * @param validFrom the start of the current validity (yxqs)
 * @param validUntil the end of the current validity (yxqz)
 * @param points the points accumulated in the current 12-point cycle (ljjf)
 * @param cycleEndsOn the last day of the current scoring cycle (qfrq)
 * @param statuses the status letters (zt) as sent, unknown letters included
 */
public record DrivingLicence(
    String number,
    String fileNumber,
    String licenceClass,
    LocalDate firstIssuedOn,
    LocalDate validFrom,
    LocalDate validUntil,
    int points,
    LocalDate cycleEndsOn,
    Set<String> statuses) {

  /**
   * Copies the statuses; a missing set reads as empty.
   *
   * @param number the licence number, the holder's identity number (jszh); personal data
   * @param fileNumber the archive file number (dabh); personal data
   * @param licenceClass the permitted driving class (zjcx), e.g. {@code C1}; classes combine, e.g.
   *     {@code A2D}
   * @param firstIssuedOn the first issue date (cclzrq)
   * @param validFrom the start of the current validity (yxqs)
   * @param validUntil the end of the current validity (yxqz)
   * @param points the points accumulated in the current 12-point cycle (ljjf)
   * @param cycleEndsOn the last day of the current scoring cycle (qfrq)
   * @param statuses the status letters (zt) as sent, unknown letters included
   */
  public DrivingLicence {
    statuses = statuses == null ? Set.of() : Set.copyOf(new TreeSet<>(statuses));
  }

  /**
   * The statuses this SDK version knows; letters it does not know are only in {@link #statuses()}.
   *
   * @return a new modifiable set, empty when no letter is known
   */
  public Set<LicenceStatus> knownStatuses() {
    Set<LicenceStatus> known = EnumSet.noneOf(LicenceStatus.class);
    statuses.stream().map(LicenceStatus::fromLetter).flatMap(Optional::stream).forEach(known::add);
    return known;
  }

  /**
   * Whether the licence carries {@code status}.
   *
   * @param status the status to look for
   * @return true if its letter is among {@link #statuses()}
   */
  public boolean has(LicenceStatus status) {
    return statuses.contains(status.letter());
  }

  /**
   * Points left before the licence is over points (12 minus the accumulated points, not below 0).
   *
   * @return 0 to 12
   */
  public int pointsRemaining() {
    return Math.max(0, 12 - points);
  }

  @Override
  public String toString() {
    return "DrivingLicence[number=" + Redactor.maskIdNumber(number)
        + ", fileNumber=" + Redactor.maskSecret(fileNumber)
        + ", licenceClass=" + licenceClass + ", validUntil=" + validUntil + ", points=" + points
        + ", cycleEndsOn=" + cycleEndsOn + ", statuses=" + new TreeSet<>(statuses) + "]";
  }
}
