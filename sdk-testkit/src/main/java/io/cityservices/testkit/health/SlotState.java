package io.cityservices.testkit.health;

import io.cityservices.core.model.Money;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A slot's mutable state; guarded by the {@link HealthState} lock. */
final class SlotState {
  final String id;
  final String city;
  final String hospitalId;
  final String departmentId;
  final String doctorId;
  final OffsetDateTime start;
  final OffsetDateTime end;
  final String period;
  final String registrationLevel;
  final int capacity;
  Money fee;
  int remaining;
  boolean suspended;

  SlotState(String id, String city, String hospitalId, String departmentId, String doctorId, OffsetDateTime start,
      OffsetDateTime end, String period, String registrationLevel, Money fee, int capacity) {
    this.id = id;
    this.city = city;
    this.hospitalId = hospitalId;
    this.departmentId = departmentId;
    this.doctorId = doctorId;
    this.start = start;
    this.end = end;
    this.period = period;
    this.registrationLevel = registrationLevel;
    this.fee = fee;
    this.capacity = capacity;
    this.remaining = capacity;
  }

  String status(Instant now) {
    if (suspended) {
      return "SUSPENDED";
    }
    if (!start.toInstant().isAfter(now)) {
      return "EXPIRED";
    }
    return remaining == 0 ? "BUSY" : "FREE";
  }

  SlotView view(Instant now) {
    return new SlotView(id, hospitalId, departmentId, doctorId, start, end, period, registrationLevel, fee,
        capacity, remaining, status(now));
  }
}
