package io.cityservices.exitentry;

import java.time.LocalDate;

/**
 * Data of {@link ExitEntryEvents#DOCUMENT_EXPIRING}: less than six months' validity remain. {@link
 * #toString()} masks the number (through its type).
 *
 * @param citizenId the holder's platform id
 * @param documentType the document
 * @param number its number
 * @param expiresOn its last valid day
 */
public record DocumentExpiring(String citizenId, DocumentType documentType, DocumentNumber number, LocalDate expiresOn) {}
