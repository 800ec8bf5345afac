package io.cityservices.library;

import jakarta.validation.constraints.NotBlank;

/**
 * A hold to place: on a record (title-level, any copy will do) or on one copy (item-level), to be
 * collected at a pickup library. Exactly one of {@code recordId} and {@code itemId}.
 *
 * @param recordId the record, for a title-level hold
 * @param itemId the copy, for an item-level hold
 * @param pickupLibraryId where the reader will collect it
 */
public record PlaceHoldRequest(String recordId, String itemId, @NotBlank String pickupLibraryId) {

  /** A title-level hold: the first copy that comes free. */
  public static PlaceHoldRequest onRecord(String recordId, String pickupLibraryId) {
    return new PlaceHoldRequest(recordId, null, pickupLibraryId);
  }

  /** An item-level hold on one copy. */
  public static PlaceHoldRequest onItem(String itemId, String pickupLibraryId) {
    return new PlaceHoldRequest(null, itemId, pickupLibraryId);
  }
}
