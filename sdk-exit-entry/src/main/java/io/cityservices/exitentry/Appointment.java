package io.cityservices.exitentry;

import io.cityservices.core.model.ResidentIdNumber;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An appointment to apply for a travel document at an office. The identity numbers mask
 * themselves, so {@link #toString()} carries no personal datum in clear.
 *
 * @param id the platform's appointment id
 * @param officeId the office
 * @param slotId the slot held
 * @param start when the slot starts
 * @param end when it ends
 * @param documentType the document applied for
 * @param serviceType the service asked for
 * @param endorsementType the endorsement asked for, or null unless {@link ServiceType#ENDORSEMENT}
 * @param applicantIdNumber the applicant's identity number
 * @param guardianIdNumber the accompanying guardian's identity number; null for an applicant of 16 or over
 * @param status where the appointment is
 * @param receiptNumber the application's receipt number once {@link AppointmentStatus#ATTENDED}, else null
 * @param createdAt when it was booked
 * @param cancelledAt when it was cancelled, or null
 */
public record Appointment(
    String id,
    String officeId,
    String slotId,
    OffsetDateTime start,
    OffsetDateTime end,
    DocumentType documentType,
    ServiceType serviceType,
    @Nullable EndorsementType endorsementType,
    ResidentIdNumber applicantIdNumber,
    @Nullable ResidentIdNumber guardianIdNumber,
    AppointmentStatus status,
    @Nullable ReceiptNumber receiptNumber,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime cancelledAt) {}
