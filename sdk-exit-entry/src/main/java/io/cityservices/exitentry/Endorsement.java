package io.cityservices.exitentry;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An endorsement on a permit.
 *
 * @param type the endorsement type
 * @param validUntil its last valid day
 * @param entriesAllowed how many entries it allows; null for any number
 * @param entriesUsed how many have been used
 */
public record Endorsement(EndorsementType type, LocalDate validUntil, @Nullable Integer entriesAllowed, int entriesUsed) {

  /**
   * The entries left, or null when the number is not limited.
   *
   * @return the entries left, or null for an endorsement with unlimited entries
   */
  public @Nullable Integer remainingEntries() {
    return entriesAllowed == null ? null : Math.max(0, entriesAllowed - entriesUsed);
  }

  /**
   * Whether it can still be used on {@code today}.
   *
   * @param today the current date in the city, supplied by the caller so that results are
   *     reproducible
   * @return true when it is valid on {@code today} and has entries left
   */
  public boolean isUsable(LocalDate today) {
    Integer remaining = remainingEntries();
    return !today.isAfter(validUntil) && (remaining == null || remaining > 0);
  }
}
