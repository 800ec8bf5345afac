package io.cityservices.health;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Data of {@link HealthEvents#APPOINTMENT_BOOKED}: a registration was booked and paid.
 *
 * @param appointmentId the appointment
 * @param patientId the patient it is for
 * @param hospitalId the hospital
 * @param departmentId the department
 * @param doctorId the doctor, or null
 * @param slotId the slot
 * @param start when the slot starts
 * @param end when it ends
 * @param fee the fee charged
 */
public record AppointmentBooked(
    String appointmentId,
    String patientId,
    String hospitalId,
    String departmentId,
    @Nullable String doctorId,
    String slotId,
    OffsetDateTime start,
    OffsetDateTime end,
    Money fee) {}
