package io.cityservices.library;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A hold (预约) the citizen placed on a record or a copy. What a person reserves is personal data: the
 * title is masked in {@link #toString()}, and the SDK's logs mask it too.
 *
 * @param id the platform's id of the hold
 * @param recordId the record reserved
 * @param itemId the copy reserved or set aside, or null while any copy will do
 * @param itemTitle the title reserved (personal data)
 * @param pickupLibraryId where the reader collects it
 * @param status where the hold is
 * @param placedAt when it was placed
 * @param queuePosition the reader's place in the queue while not yet filled, or null
 * @param pickupBy the last day to collect it while awaiting pickup, or null
 * @param suspendedUntil the hold is not filled before this date, or null when not suspended
 */
public record Hold(
    String id,
    String recordId,
    String itemId,
    String itemTitle,
    String pickupLibraryId,
    HoldStatus status,
    OffsetDateTime placedAt,
    Integer queuePosition,
    LocalDate pickupBy,
    LocalDate suspendedUntil) {

  /**
   * Whether a copy waits for the reader on the hold shelf.
   *
   * @return true when its status is {@link HoldStatus#OPEN_AWAITING_PICKUP}
   */
  public boolean isReadyForPickup() {
    return status == HoldStatus.OPEN_AWAITING_PICKUP;
  }

  @Override
  public String toString() {
    return "Hold[id=" + id
        + ", recordId=" + recordId
        + ", itemId=" + itemId
        + ", itemTitle=***"
        + ", pickupLibraryId=" + pickupLibraryId
        + ", status=" + status
        + ", placedAt=" + placedAt
        + ", queuePosition=" + queuePosition
        + ", pickupBy=" + pickupBy
        + ", suspendedUntil=" + suspendedUntil + "]";
  }
}
