package io.cityservices.examples.overview;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.health.Appointment;
import io.cityservices.traffic.DrivingLicence;
import io.cityservices.traffic.Vehicle;
import io.cityservices.traffic.Violation;
import io.cityservices.utilities.Bill;
import java.time.Duration;
import java.util.List;

/**
 * One citizen across every department of a city: what they owe, what is due, what is booked, and
 * what to do about it.
 *
 * @param city the city
 * @param unpaidViolations payable and overdue violations of the citizen's vehicles
 * @param licence the driving licence (points, validity)
 * @param inspectionsDue vehicles whose annual inspection falls due within the look-ahead
 * @param outstandingBills unpaid and overdue utility bills across all accounts
 * @param upcomingAppointments booked hospital appointments
 * @param totalOwed fines (with late fees) plus bills, over the sections that answered
 * @param toDos what to do, each with the operation that does it
 * @param elapsed how long the fan-out took
 */
public record Overview(
    CityCode city,
    Section<List<Violation>> unpaidViolations,
    Section<DrivingLicence> licence,
    Section<List<Vehicle>> inspectionsDue,
    Section<List<Bill>> outstandingBills,
    Section<List<Appointment>> upcomingAppointments,
    Money totalOwed,
    List<ToDo> toDos,
    Duration elapsed) {

  public Overview {
    toDos = List.copyOf(toDos);
  }

  /** True when every department answered. */
  public boolean complete() {
    return List.of(unpaidViolations, licence, inspectionsDue, outstandingBills, upcomingAppointments)
        .stream()
        .allMatch(s -> s instanceof Section.Available<?>);
  }
}
