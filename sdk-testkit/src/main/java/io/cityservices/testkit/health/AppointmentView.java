package io.cityservices.testkit.health;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An appointment as the platform serves it.
 *
 * @param id the appointment id
 * @param patientId the patient
 * @param hospitalId the hospital
 * @param departmentId the department
 * @param doctorId the doctor, or null
 * @param slotId the slot
 * @param start the slot's start
 * @param end the slot's end
 * @param status the status's wire name
 * @param fee the fee charged
 * @param queueNumber the queue number
 * @param createdAt when it was booked
 * @param cancellationReason why it was cancelled, or null
 * @param cancelledAt when it was cancelled, or null
 * @param refund {@code {"status", "amount"}} after a cancellation, or null
 */
public record AppointmentView(
    String id,
    String patientId,
    String hospitalId,
    String departmentId,
    String doctorId,
    String slotId,
    OffsetDateTime start,
    OffsetDateTime end,
    String status,
    Money fee,
    Integer queueNumber,
    OffsetDateTime createdAt,
    String cancellationReason,
    OffsetDateTime cancelledAt,
    Map<String, Object> refund) {}
