package io.cityservices.traffic;

import java.time.OffsetDateTime;

/**
 * A bookable time slot of an inspection station.
 *
 * @param id the slot id
 * @param stationId the station
 * @param startsAt the start, +08:00
 * @param endsAt the end
 * @param capacity how many vehicles the slot takes
 * @param remaining how many places are still free
 */
public record InspectionSlot(
    String id, String stationId, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int remaining) {

  /**
   * Whether no place is left.
   *
   * @return true when {@link #remaining()} is 0 or less
   */
  public boolean isFull() {
    return remaining <= 0;
  }
}
