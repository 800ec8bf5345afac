package io.cityservices.health;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A registration (挂号) of a patient for a slot. It names the patient by id only, so it holds no
 * personal data in clear.
 *
 * @param id the platform's appointment id
 * @param patientId the patient it is for
 * @param hospitalId the hospital
 * @param departmentId the department
 * @param doctorId the doctor, or null for a department clinic
 * @param slotId the slot booked
 * @param start when the slot starts
 * @param end when the slot ends
 * @param status where the appointment is in its life
 * @param fee the registration fee charged
 * @param queueNumber the patient's number in the clinic's queue (就诊序号), or null
 * @param createdAt when it was booked
 * @param cancellationReason why it was cancelled; null unless {@link AppointmentStatus#CANCELLED}
 * @param cancelledAt when it was cancelled, or null
 * @param refund the fee's refund after a cancellation, or null
 */
public record Appointment(
    String id,
    String patientId,
    String hospitalId,
    String departmentId,
    @Nullable String doctorId,
    String slotId,
    OffsetDateTime start,
    OffsetDateTime end,
    AppointmentStatus status,
    Money fee,
    @Nullable Integer queueNumber,
    OffsetDateTime createdAt,
    @Nullable CancellationReason cancellationReason,
    @Nullable OffsetDateTime cancelledAt,
    @Nullable Refund refund) {}
