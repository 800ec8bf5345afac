package io.cityservices.health;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Data of {@link HealthEvents#APPOINTMENT_CANCELLED_BY_HOSPITAL}: the hospital suspended a clinic
 * (停诊) and cancelled the appointment; the fee is refunded.
 *
 * @param appointmentId the appointment
 * @param patientId the patient
 * @param hospitalId the hospital
 * @param doctorId the doctor whose clinic was suspended, or null
 * @param slotId the slot
 * @param start when the slot would have started
 * @param reason why, normally {@link CancellationReason#CLINIC_SUSPENDED}
 * @param refund the refund of the fee
 */
public record AppointmentCancelledByHospital(
    String appointmentId,
    String patientId,
    String hospitalId,
    @Nullable String doctorId,
    String slotId,
    OffsetDateTime start,
    CancellationReason reason,
    Refund refund) {}
