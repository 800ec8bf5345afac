package io.cityservices.health;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A bookable time range of a doctor's (or a department's) clinic, with a number of places.
 *
 * @param id the platform's slot id
 * @param hospitalId the hospital
 * @param departmentId the department
 * @param doctorId the doctor, or null for a department clinic (普通门诊) without a named doctor
 * @param start when the slot starts
 * @param end when the slot ends
 * @param period the part of the day
 * @param registrationLevel the kind of registration, which sets the fee
 * @param fee the registration fee the citizen pays when booking
 * @param capacity how many places the slot has in all
 * @param remainingCapacity how many places are still free
 * @param status whether it can be booked
 */
public record Slot(
    String id,
    String hospitalId,
    String departmentId,
    @Nullable String doctorId,
    OffsetDateTime start,
    OffsetDateTime end,
    SlotPeriod period,
    RegistrationLevel registrationLevel,
    Money fee,
    int capacity,
    int remainingCapacity,
    SlotStatus status) {

  /**
   * Whether a place can be booked now, as far as this snapshot knows.
   *
   * @return true when a place can be booked now, as far as this snapshot knows
   */
  public boolean isBookable() {
    return status == SlotStatus.FREE && remainingCapacity > 0;
  }
}
