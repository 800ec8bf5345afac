package io.cityservices.traffic;

import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import java.time.LocalDate;

/**
 * Data of {@code traffic.inspection.due}: a vehicle's annual inspection expires soon.
 *
 * @param citizenId the vehicle's owner
 * @param plate the plate (masked in toString)
 * @param plateType the plate type
 * @param inspectionValidUntil the last valid day
 */
public record InspectionDue(String citizenId, PlateNumber plate, PlateType plateType, LocalDate inspectionValidUntil) {}
