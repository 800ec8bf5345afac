package io.cityservices.testkit.health;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;

/**
 * A slot as the platform serves it at one moment.
 *
 * @param id the slot id
 * @param hospitalId the hospital
 * @param departmentId the department
 * @param doctorId the doctor, or null for a department clinic
 * @param start the start
 * @param end the end
 * @param period {@code MORNING}, {@code AFTERNOON} or {@code EVENING}
 * @param registrationLevel {@code GENERAL}, {@code EXPERT} or {@code SPECIAL_NEEDS}
 * @param fee the registration fee
 * @param capacity places in all
 * @param remainingCapacity places free
 * @param status {@code FREE}, {@code BUSY}, {@code SUSPENDED} or {@code EXPIRED}
 */
public record SlotView(
    String id,
    String hospitalId,
    String departmentId,
    String doctorId,
    OffsetDateTime start,
    OffsetDateTime end,
    String period,
    String registrationLevel,
    Money fee,
    int capacity,
    int remainingCapacity,
    String status) {}
