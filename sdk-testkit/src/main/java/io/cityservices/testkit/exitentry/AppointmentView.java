package io.cityservices.testkit.exitentry;

import java.time.OffsetDateTime;

/**
 * An appointment as the platform serves it; identity numbers in clear, as on the wire.
 *
 * @param id the appointment id
 * @param officeId the office
 * @param slotId the slot held
 * @param start the slot's start
 * @param end the slot's end
 * @param documentType the document applied for
 * @param serviceType the service asked for
 * @param endorsementType the endorsement asked for, or null
 * @param applicantIdNumber the applicant's identity number
 * @param guardianIdNumber the guardian's, or null
 * @param status {@code BOOKED}, {@code ATTENDED}, {@code CANCELLED} or {@code NO_SHOW}
 * @param receiptNumber the application's receipt number once attended, else null
 * @param createdAt when it was booked
 * @param cancelledAt when it was cancelled, or null
 */
public record AppointmentView(
    String id, String officeId, String slotId, OffsetDateTime start, OffsetDateTime end, String documentType,
    String serviceType, String endorsementType, String applicantIdNumber, String guardianIdNumber, String status,
    String receiptNumber, OffsetDateTime createdAt, OffsetDateTime cancelledAt) {}
