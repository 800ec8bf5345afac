package io.cityservices.traffic;

import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle bound to the citizen (机动车). {@link #toString()} masks the plate and the VIN.
 *
 * @param plate the plate (hphm)
 * @param plateType the plate type, GA 24.7 (hpzl)
 * @param vin the vehicle identification number (clsbdh); personal data
 * @param brand the brand and model (clpp), e.g. {@code 大众朗逸}
 * @param statuses the vehicle status letters (zt) as sent, e.g. {@code A} normal
 * @param inspectionValidUntil the last day the annual inspection is valid (yxqz)
 */
public record Vehicle(
    PlateNumber plate,
    PlateType plateType,
    @Nullable String vin,
    String brand,
    Set<String> statuses,
    LocalDate inspectionValidUntil) {

  /**
   * Copies the statuses; a missing set reads as empty.
   *
   * @param plate the plate (hphm)
   * @param plateType the plate type, GA 24.7 (hpzl)
   * @param vin the vehicle identification number (clsbdh); personal data
   * @param brand the brand and model (clpp), e.g. {@code 大众朗逸}
   * @param statuses the vehicle status letters (zt) as sent, e.g. {@code A} normal
   * @param inspectionValidUntil the last day the annual inspection is valid (yxqz)
   */
  public Vehicle {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  /**
   * The VIN showing only its last 4 characters.
   *
   * @return the VIN with all but its last 4 characters (at most half of it) replaced by {@code *},
   *     or null when there is no VIN
   */
  public @Nullable String maskedVin() {
    if (vin == null) {
      return null;
    }
    int keep = Math.min(4, vin.length() / 2);
    return "*".repeat(vin.length() - keep) + vin.substring(vin.length() - keep);
  }

  @Override
  public String toString() {
    return "Vehicle[plate=" + plate + ", plateType=" + plateType + ", vin=" + maskedVin()
        + ", brand=" + brand + ", statuses=" + new TreeSet<>(statuses)
        + ", inspectionValidUntil=" + inspectionValidUntil + "]";
  }
}
