package io.cityservices.exitentry;

import java.time.OffsetDateTime;

/**
 * A half-hour window in which an office receives applicants, with a number of places.
 *
 * @param id the platform's slot id
 * @param officeId the office
 * @param start when the window starts
 * @param end when it ends
 * @param capacity how many places it has in all
 * @param remainingCapacity how many are still free
 * @param status whether it can be booked
 */
public record Slot(
    String id, String officeId, OffsetDateTime start, OffsetDateTime end, int capacity, int remainingCapacity,
    SlotStatus status) {

  /**
   * Whether a place can be booked now, as far as this snapshot knows.
   *
   * @return true when a place can be booked now, as far as this snapshot knows
   */
  public boolean isBookable() {
    return status == SlotStatus.FREE && remainingCapacity > 0;
  }
}
