package io.cityservices.exitentry;

import java.time.OffsetDateTime;

/**
 * Data of {@link ExitEntryEvents#APPLICATION_STATUS_CHANGED}. {@link #toString()} masks the receipt
 * number (through its type).
 *
 * @param receiptNumber the application
 * @param citizenId the applicant's platform id
 * @param documentType the document applied for
 * @param previousStatus the status it left
 * @param status the status it entered
 * @param changedAt when
 */
public record ApplicationStatusChanged(
    ReceiptNumber receiptNumber,
    String citizenId,
    DocumentType documentType,
    ApplicationStatus previousStatus,
    ApplicationStatus status,
    OffsetDateTime changedAt) {}
