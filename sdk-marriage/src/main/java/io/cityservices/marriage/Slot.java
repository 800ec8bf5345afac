package io.cityservices.marriage;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A bookable time range at a registration office. Each city releases its slots a fixed number of days
 * ahead at a fixed time of day, and a slot can be booked until the day before its date.
 *
 * @param id the platform's slot id
 * @param officeId the office
 * @param date the day, in Asia/Shanghai
 * @param start when the slot starts
 * @param end when it ends
 * @param capacity how many couples it takes in all
 * @param remainingCapacity how many places are still free (a booking awaiting the partner's consent
 *     holds its place)
 * @param status whether it can be booked
 */
public record Slot(
    String id,
    String officeId,
    LocalDate date,
    OffsetDateTime start,
    OffsetDateTime end,
    int capacity,
    int remainingCapacity,
    SlotStatus status) {

  /**
   * Whether a place can be booked now, as far as this snapshot knows.
   *
   * @return true when a place can be booked now, as far as this snapshot knows
   */
  public boolean isBookable() {
    return status == SlotStatus.OPEN && remainingCapacity > 0;
  }
}
