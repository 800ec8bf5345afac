package io.cityservices.health;

import io.cityservices.core.webhook.EventType;

/**
 * The health events the platform sends to webhooks. Read one with {@code event.data(HealthEvents.X)}.
 */
public final class HealthEvents {

  /** {@code health.appointment.booked}: a registration was booked and paid. */
  public static final EventType<AppointmentBooked> APPOINTMENT_BOOKED =
      EventType.of("health.appointment.booked", AppointmentBooked.class);

  /** {@code health.appointment.reminder}: a booked visit is coming up. */
  public static final EventType<AppointmentReminder> APPOINTMENT_REMINDER =
      EventType.of("health.appointment.reminder", AppointmentReminder.class);

  /** {@code health.appointment.cancelled_by_hospital}: a clinic was suspended (停诊). */
  public static final EventType<AppointmentCancelledByHospital> APPOINTMENT_CANCELLED_BY_HOSPITAL =
      EventType.of("health.appointment.cancelled_by_hospital", AppointmentCancelledByHospital.class);

  private HealthEvents() {}
}
