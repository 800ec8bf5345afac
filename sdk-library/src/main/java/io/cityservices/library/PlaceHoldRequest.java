package io.cityservices.library;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A hold to place: on a record (title-level, any copy will do) or on one copy (item-level), to be
 * collected at a pickup library. Exactly one of {@code recordId} and {@code itemId}.
 *
 * @param recordId the record, for a title-level hold
 * @param itemId the copy, for an item-level hold
 * @param pickupLibraryId where the reader will collect it
 */
public record PlaceHoldRequest(@Nullable String recordId, @Nullable String itemId, @NotBlank String pickupLibraryId) {

  /**
   * A title-level hold: the first copy that comes free.
   *
   * @param recordId the catalogue record, as in {@link CatalogueRecord#id()}
   * @param pickupLibraryId the library to collect the copy at, as in {@link Library#id()}
   * @return a title-level request
   */
  public static PlaceHoldRequest onRecord(String recordId, String pickupLibraryId) {
    return new PlaceHoldRequest(recordId, null, pickupLibraryId);
  }

  /**
   * An item-level hold on one copy.
   *
   * @param itemId the copy, as in {@link Item#id()}
   * @param pickupLibraryId the library to collect the copy at, as in {@link Library#id()}
   * @return an item-level request
   */
  public static PlaceHoldRequest onItem(String itemId, String pickupLibraryId) {
    return new PlaceHoldRequest(null, itemId, pickupLibraryId);
  }
}
