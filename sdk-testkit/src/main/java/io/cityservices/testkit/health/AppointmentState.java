package io.cityservices.testkit.health;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** An appointment's mutable state; guarded by the {@link HealthState} lock. */
final class AppointmentState {
  final String id;
  final String citizenId;
  final String patientId;
  final SlotState slot;
  final Money fee;
  final int queueNumber;
  final OffsetDateTime created;
  String status = "BOOKED";
  String cancellationReason;
  OffsetDateTime cancelled;

  AppointmentState(String id, String citizenId, String patientId, SlotState slot, Money fee, int queueNumber,
      OffsetDateTime created) {
    this.id = id;
    this.citizenId = citizenId;
    this.patientId = patientId;
    this.slot = slot;
    this.fee = fee;
    this.queueNumber = queueNumber;
    this.created = created;
  }

  Map<String, Object> refund() {
    if (cancelled == null) {
      return null;
    }
    Map<String, Object> refund = new LinkedHashMap<>();
    refund.put("status", fee.isZero() ? "NOT_APPLICABLE" : "SUCCEEDED");
    refund.put("amount", fee);
    return refund;
  }

  AppointmentView view() {
    return new AppointmentView(id, patientId, slot.hospitalId, slot.departmentId, slot.doctorId, slot.id, slot.start,
        slot.end, status, fee, queueNumber, created, cancellationReason, cancelled, refund());
  }
}
