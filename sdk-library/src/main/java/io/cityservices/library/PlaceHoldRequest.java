package io.cityservices.library;

import io.cityservices.core.error.FieldViolation;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

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

  /** The rules beyond the annotations; empty when the request can be sent. */
  public List<FieldViolation> violations() {
    List<FieldViolation> violations = new ArrayList<>();
    boolean record = recordId != null && !recordId.isBlank();
    boolean item = itemId != null && !itemId.isBlank();
    if (record == item) {
      violations.add(new FieldViolation(record ? "itemId" : "recordId",
          "exactly one of recordId and itemId must be given"));
    }
    return violations;
  }
}
