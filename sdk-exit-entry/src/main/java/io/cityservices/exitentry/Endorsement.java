package io.cityservices.exitentry;

import java.time.LocalDate;

/**
 * An endorsement on a permit.
 *
 * @param type the endorsement type
 * @param validUntil its last valid day
 * @param entriesAllowed how many entries it allows; null for any number
 * @param entriesUsed how many have been used
 */
public record Endorsement(EndorsementType type, LocalDate validUntil, Integer entriesAllowed, int entriesUsed) {

  /** The entries left, or null when the number is not limited. */
  public Integer remainingEntries() {
    return entriesAllowed == null ? null : Math.max(0, entriesAllowed - entriesUsed);
  }

  /** Whether it can still be used on {@code today}. */
  public boolean isUsable(LocalDate today) {
    Integer remaining = remainingEntries();
    return !today.isAfter(validUntil) && (remaining == null || remaining > 0);
  }
}
