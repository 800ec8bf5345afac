package io.cityservices.health;

import java.time.OffsetDateTime;

/**
 * Data of {@link HealthEvents#APPOINTMENT_REMINDER}: a booked visit is coming up.
 *
 * @param appointmentId the appointment
 * @param patientId the patient
 * @param hospitalId the hospital
 * @param start when the slot starts
 */
public record AppointmentReminder(String appointmentId, String patientId, String hospitalId, OffsetDateTime start) {}
