package io.cityservices.traffic;

import io.cityservices.core.model.Money;
import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import java.time.OffsetDateTime;

/**
 * Data of {@code traffic.violation.recorded}: a new violation was recorded for a vehicle bound to a
 * citizen. Fetch it with {@link ViolationsApi#get} for the full record.
 *
 * @param violationId the new violation
 * @param citizenId the citizen whose vehicle it is
 * @param plate the vehicle's plate (masked in toString)
 * @param plateType the plate type
 * @param occurredAt when it happened
 * @param description what was done wrong
 * @param fine the fine
 * @param points the penalty points
 * @param status its state, usually UNPROCESSED
 */
public record ViolationRecorded(
    String violationId,
    String citizenId,
    PlateNumber plate,
    PlateType plateType,
    OffsetDateTime occurredAt,
    String description,
    Money fine,
    int points,
    ViolationStatus status) {}
