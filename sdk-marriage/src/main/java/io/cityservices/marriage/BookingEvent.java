package io.cityservices.marriage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The data of every {@link MarriageEvents} event. It names the booking, never the parties: fetch the
 * booking with a party's token to see more.
 *
 * @param bookingId the booking
 * @param type what it is for
 * @param officeId the registration office
 * @param date the day booked
 * @param start when the slot starts
 * @param consentDueAt when the partner's consent is due, or null
 */
public record BookingEvent(
    String bookingId, BookingType type, String officeId, LocalDate date, OffsetDateTime start,
    @Nullable OffsetDateTime consentDueAt) {}
