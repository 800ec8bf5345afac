package io.cityservices.traffic;

import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import java.time.OffsetDateTime;

/**
 * A booked annual inspection. The plate masks itself in {@link #toString()}.
 *
 * @param id the booking id
 * @param stationId the station
 * @param slotId the slot
 * @param plate the vehicle's plate
 * @param plateType the plate type
 * @param status the booking's state
 * @param result the inspection's result once {@link BookingStatus#COMPLETED}, else null
 * @param startsAt when the slot starts
 * @param createdAt when it was booked
 */
public record InspectionBooking(
    String id,
    String stationId,
    String slotId,
    PlateNumber plate,
    PlateType plateType,
    BookingStatus status,
    InspectionResult result,
    OffsetDateTime startsAt,
    OffsetDateTime createdAt) {}
