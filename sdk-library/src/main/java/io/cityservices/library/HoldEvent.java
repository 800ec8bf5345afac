package io.cityservices.library;

import java.time.LocalDate;

/**
 * The data of {@code library.hold.ready_for_pickup} and {@code library.hold.expired}. Carries no title.
 *
 * @param holdId the hold
 * @param citizenId the reader
 * @param pickupLibraryId where the copy waits (or waited)
 * @param pickupBy the last day to collect it
 */
public record HoldEvent(String holdId, String citizenId, String pickupLibraryId, LocalDate pickupBy) {}
