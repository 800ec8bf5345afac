package io.cityservices.testkit.exitentry;

import java.time.OffsetDateTime;

/**
 * A slot as the platform serves it at one moment.
 *
 * @param id the slot id, {@code <office id>-<yyyyMMdd>-<HHmm>}
 * @param officeId the office
 * @param start the start
 * @param end the end
 * @param capacity places in all
 * @param remainingCapacity places free
 * @param status {@code FREE}, {@code FULL} or {@code CLOSED} (started already)
 */
public record SlotView(
    String id, String officeId, OffsetDateTime start, OffsetDateTime end, int capacity, int remainingCapacity,
    String status) {}
