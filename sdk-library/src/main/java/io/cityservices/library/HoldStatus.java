package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a hold (预约) is, after FOLIO's request states: four open states and four closed ones. A hold
 * starts {@code OPEN_NOT_YET_FILLED}; when a copy is set aside for the reader it is
 * {@code OPEN_IN_TRANSIT} to the pickup branch and then {@code OPEN_AWAITING_PICKUP}; it closes as
 * {@code CLOSED_FILLED} when the reader borrows it, {@code CLOSED_CANCELLED},
 * {@code CLOSED_PICKUP_EXPIRED} when not collected in time, or {@code CLOSED_UNFILLED} when no copy
 * could be found.
 */
public enum HoldStatus {
  /** Waiting in the queue for a copy. FOLIO "Open - Not yet filled". */
  OPEN_NOT_YET_FILLED,
  /** A copy waits on the pickup branch's hold shelf. FOLIO "Open - Awaiting pickup". */
  OPEN_AWAITING_PICKUP,
  /** A copy is being delivered to the reader. FOLIO "Open - Awaiting delivery". */
  OPEN_AWAITING_DELIVERY,
  /** A copy travels to the pickup branch. FOLIO "Open - In transit". */
  OPEN_IN_TRANSIT,
  /** The reader borrowed the copy. FOLIO "Closed - Filled". */
  CLOSED_FILLED,
  /** Cancelled by the reader or the library. FOLIO "Closed - Cancelled". */
  CLOSED_CANCELLED,
  /** No copy could be supplied. FOLIO "Closed - Unfilled". */
  CLOSED_UNFILLED,
  /** Not collected before the pickup date. FOLIO "Closed - Pickup expired". */
  CLOSED_PICKUP_EXPIRED,
  /** A status this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN;

  private static final Set<HoldStatus> OPEN =
      EnumSet.of(OPEN_NOT_YET_FILLED, OPEN_AWAITING_PICKUP, OPEN_AWAITING_DELIVERY, OPEN_IN_TRANSIT);

  /**
   * The four open statuses.
   *
   * @return a new mutable set of the open statuses
   */
  public static Set<HoldStatus> open() {
    return EnumSet.copyOf(OPEN);
  }

  /**
   * Whether the hold is still active (can be cancelled or suspended).
   *
   * @return true for the four open statuses
   */
  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
