package io.cityservices.traffic;

import io.cityservices.core.model.PlateType;
import io.cityservices.core.privacy.Redactor;
import io.cityservices.core.validation.ValidPlate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Books a slot of an inspection station for one of the citizen's vehicles. {@link #toString()} masks
 * the plate.
 *
 * @param stationId the station
 * @param slotId a free slot of that station ({@link InspectionsApi#slots})
 * @param plate the vehicle's plate, as typed
 * @param plateType the plate type (not {@link PlateType#UNKNOWN})
 */
public record BookInspectionRequest(
    @NotBlank String stationId, @NotBlank String slotId, @NotNull @ValidPlate String plate, @NotNull PlateType plateType) {

  @Override
  public String toString() {
    return "BookInspectionRequest[stationId=" + stationId + ", slotId=" + slotId + ", plate="
        + Redactor.maskPlate(plate) + ", plateType=" + plateType + "]";
  }
}
