package io.cityservices.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The typed event payloads read what the platform sends. */
class HealthEventsTest {
  final ObjectMapper mapper = JsonMapperFactory.create();

  @Test
  void namesAreThePlatformsTypes() {
    assertThat(HealthEvents.APPOINTMENT_BOOKED.name()).isEqualTo("health.appointment.booked");
    assertThat(HealthEvents.APPOINTMENT_REMINDER.name()).isEqualTo("health.appointment.reminder");
    assertThat(HealthEvents.APPOINTMENT_CANCELLED_BY_HOSPITAL.name()).isEqualTo("health.appointment.cancelled_by_hospital");
  }

  @Test
  void bookedData() throws Exception {
    AppointmentBooked booked = mapper.readValue("""
        {"appointment_id":"apt-1","patient_id":"p-1","hospital_id":"h-1","department_id":"d-2","doctor_id":"dr-1",
         "slot_id":"s-1","start":"2026-12-01T08:00:00+08:00","end":"2026-12-01T11:30:00+08:00",
         "fee":{"amount":5000,"currency":"CNY"}}""", HealthEvents.APPOINTMENT_BOOKED.dataType());
    assertThat(booked).isEqualTo(new AppointmentBooked("apt-1", "p-1", "h-1", "d-2", "dr-1", "s-1",
        OffsetDateTime.parse("2026-12-01T08:00:00+08:00"), OffsetDateTime.parse("2026-12-01T11:30:00+08:00"), Money.cny(5000)));
  }

  @Test
  void reminderData() throws Exception {
    AppointmentReminder reminder = mapper.readValue("""
        {"appointment_id":"apt-1","patient_id":"p-1","hospital_id":"h-1","start":"2026-12-01T08:00:00+08:00"}""",
        HealthEvents.APPOINTMENT_REMINDER.dataType());
    assertThat(reminder.start()).isEqualTo(OffsetDateTime.parse("2026-12-01T08:00:00+08:00"));
  }

  @Test
  void cancelledByHospitalData() throws Exception {
    AppointmentCancelledByHospital cancelled = mapper.readValue("""
        {"appointment_id":"apt-1","patient_id":"p-1","hospital_id":"h-1","doctor_id":"dr-1","slot_id":"s-1",
         "start":"2026-12-01T08:00:00+08:00","reason":"CLINIC_SUSPENDED",
         "refund":{"status":"SUCCEEDED","amount":{"amount":5000,"currency":"CNY"}}}""",
        HealthEvents.APPOINTMENT_CANCELLED_BY_HOSPITAL.dataType());
    assertThat(cancelled.reason()).isEqualTo(CancellationReason.CLINIC_SUSPENDED);
    assertThat(cancelled.refund()).isEqualTo(new Refund(RefundStatus.SUCCEEDED, Money.cny(5000)));
  }
}
