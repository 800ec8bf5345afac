package io.cityservices.testkit.marriage;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A slot as the platform serves it.
 *
 * @param id {@code <office id>-<yyyyMMdd>-<HHmm>}
 * @param officeId the office
 * @param date the day
 * @param start when it starts
 * @param end when it ends
 * @param capacity couples it takes in all
 * @param remainingCapacity places still free
 * @param status OPEN, FULL or CLOSED
 */
public record SlotView(
    String id, String officeId, LocalDate date, OffsetDateTime start, OffsetDateTime end, int capacity,
    int remainingCapacity, String status) {}
