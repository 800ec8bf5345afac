package io.cityservices.testkit.health;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Test hooks into the simulated health platform, reached through {@code sandbox.data(HealthSandbox.class)}:
 * the seeded hospitals, doctors and slots, and the hospital's side of things (suspending a clinic,
 * changing a fee or a slot's capacity, sending a reminder).
 */
public final class HealthSandbox {
  private final HealthSandboxModule module;

  HealthSandbox(HealthSandboxModule module) {
    this.module = module;
  }

  /**
   * The seeded hospitals of {@code city}, empty for a city without health services.
   *
   * @param city any city
   * @return the hospitals in catalogue order
   */
  public List<HospitalRecord> hospitals(CityCode city) {
    return module.catalog().hospitals(city.value());
  }

  /**
   * The departments of a hospital, parents first.
   *
   * @param hospitalId a seeded hospital's id
   * @return the departments, empty for an unknown hospital
   */
  public List<DepartmentRecord> departments(String hospitalId) {
    return module.catalog().departments(hospitalId);
  }

  /**
   * The doctors of a hospital.
   *
   * @param hospitalId a seeded hospital's id
   * @return the doctors, empty for an unknown hospital
   */
  public List<DoctorRecord> doctors(String hospitalId) {
    return module.catalog().doctors(hospitalId);
  }

  /**
   * A slot as it stands now.
   *
   * @param slotId any slot id
   * @return the slot, or empty when unknown
   */
  public Optional<SlotView> slot(String slotId) {
    return module.state().slot(slotId);
  }

  /**
   * An appointment of any citizen, as it stands now.
   *
   * @param appointmentId any appointment id
   * @return the appointment, or empty when unknown
   */
  public Optional<AppointmentView> appointment(String appointmentId) {
    return module.state().anyAppointment(appointmentId);
  }

  /**
   * Sets how many places of a slot are free, e.g. 1 to race two bookings for the last place.
   *
   * @param slotId a seeded slot's id
   * @param remaining the free places, 0 to the slot's capacity
   * @throws IllegalArgumentException for an unknown slot or a number outside 0..capacity
   */
  public void setRemainingCapacity(String slotId, int remaining) {
    module.state().setRemainingCapacity(slotId, remaining);
  }

  /**
   * Changes a slot's fee, as a hospital's price update would.
   *
   * @param slotId a seeded slot's id
   * @param fee the new fee in CNY
   */
  public void setFee(String slotId, Money fee) {
    module.state().setFee(slotId, fee);
  }

  /**
   * Moves an appointment to another status (e.g. {@code CHECKED_IN}), as the hospital's desk would.
   *
   * @param appointmentId an appointment's id
   * @param status one of the statuses of {@code health.yaml}
   */
  public void setAppointmentStatus(String appointmentId, String status) {
    module.state().setStatus(appointmentId, status);
  }

  /**
   * Suspends a doctor's clinic on {@code date} (停诊): the slots become {@code SUSPENDED}, every booking
   * is cancelled with a refund and a {@code health.appointment.cancelled_by_hospital} event is
   * published for each.
   *
   * @param doctorId a seeded doctor's id
   * @param date the clinic day, in Asia/Shanghai
   * @return the cancelled appointments
   * @throws IllegalArgumentException when the doctor has no clinic that day
   */
  public List<AppointmentView> suspendClinic(String doctorId, LocalDate date) {
    return module.suspendClinic(doctorId, date);
  }

  /**
   * Publishes a {@code health.appointment.reminder} for an appointment.
   *
   * @param appointmentId an appointment's id
   * @throws IllegalArgumentException for an unknown appointment
   */
  public void remind(String appointmentId) {
    module.remind(appointmentId);
  }
}
