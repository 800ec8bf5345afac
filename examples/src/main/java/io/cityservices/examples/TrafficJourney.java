package io.cityservices.examples;

import io.cityservices.traffic.VehicleQuery;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.Money;
import io.cityservices.traffic.BookInspectionRequest;
import io.cityservices.traffic.DrivingLicence;
import io.cityservices.traffic.FinePayment;
import io.cityservices.traffic.InspectionBooking;
import io.cityservices.traffic.InspectionSlot;
import io.cityservices.traffic.InspectionStation;
import io.cityservices.traffic.RoadConditionQuery;
import io.cityservices.traffic.RoadEvent;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.Vehicle;
import io.cityservices.traffic.Violation;
import io.cityservices.traffic.ViolationQuery;
import io.cityservices.traffic.ViolationStatus;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The traffic journey: the citizen's licence points and vehicles, the violations of those vehicles,
 * paying every unpaid fine (a fine already paid is refused before anything is sent), booking the
 * annual inspection at the nearest station and cancelling it again, and the road events along a route.
 *
 * <p>Against the sandbox (seed 42) the first Shanghai citizen {@code c-310000-001} has a violation in
 * every state, an ordinary and a new-energy car, and four inspection stations nearby.
 */
public final class TrafficJourney {

  private static final GeoPoint PEOPLES_SQUARE = GeoPoint.of(31.2304, 121.4737);
  private static final GeoPoint LUJIAZUI = GeoPoint.of(31.2397, 121.4998);

  private TrafficJourney() {}

  /** Runs the traffic journey against the sandbox, or the platform the environment names. */
  public static void main(String[] args) {
    ExampleEnvironment.run("Traffic journey", (env, out) -> run(env.client(), env.citizen(), out));
  }

  /** Runs the journey for {@code citizen} in the client's default city. */
  public static void run(CityServices client, CitizenToken citizen, PrintStream out) {
    TrafficClient traffic = TrafficClient.create(client);
    RequestOptions asCitizen = RequestOptions.forCitizen(citizen);

    DrivingLicence licence = traffic.licence().get(asCitizen);
    out.printf("Driving licence (masked): %s; %d points left this cycle%n", licence, licence.pointsRemaining());

    List<Vehicle> vehicles = traffic.vehicles().listAll(VehicleQuery.all(), asCitizen).stream().toList();
    for (Vehicle vehicle : vehicles) {
      out.printf("Vehicle %s (%s, %s), inspection valid until %s%n",
          vehicle.plate(), vehicle.plateType(), vehicle.brand(), vehicle.inspectionValidUntil());
    }

    out.println("Violations of my vehicles:");
    List<Violation> violations =
        traffic.violations().listAll(ViolationQuery.ownVehicles().build(), asCitizen).stream().toList();
    for (Violation v : violations) {
      out.printf("  %s %s %s: %s, fine %s, late fee %s, %d points -> %s%n", v.occurredAt().toLocalDate(),
          v.plate(), v.address(), v.description(), v.fine().toDisplayString(), v.lateFee().toDisplayString(),
          v.points(), v.status());
    }

    Money paidTotal = Money.cny(0);
    for (Violation v : violations) {
      if (v.status() == ViolationStatus.PAID) {
        try {
          traffic.fines().pay(v, asCitizen);
        } catch (ConflictException refused) {
          out.printf("Not paying %s again: %s (nothing was sent)%n", v.id(), refused.code());
        }
        break;
      }
    }
    for (Violation v : violations) {
      if (v.isPayable()) {
        FinePayment payment = traffic.fines().pay(v, asCitizen);
        paidTotal = paidTotal.plus(payment.amount());
        out.printf("Paid %s for violation %s: payment %s %s (%s)%n", payment.amount().toDisplayString(), v.id(),
            payment.id(), payment.status(), payment.settlement());
      }
    }
    out.printf("Paid %s in total; violation states now: %s%n", paidTotal.toDisplayString(),
        traffic.violations().listAll(ViolationQuery.ownVehicles().build(), asCitizen).stream()
            .map(Violation::status).toList());

    InspectionStation station = traffic.inspections()
        .listStations(StationQuery.near(PEOPLES_SQUARE, 20), RequestOptions.none()).data().get(0);
    LocalDate tomorrow = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(1);
    List<InspectionSlot> slots = traffic.inspections().slots(station.id(), tomorrow, RequestOptions.none());
    InspectionSlot free = slots.stream().filter(s -> !s.isFull()).findFirst().orElseThrow();
    out.printf("Nearest inspection station: %s, %s (%.1f km); %d slots tomorrow, first free at %s%n",
        station.name(), station.address(), station.distanceKm(), slots.size(), free.startsAt().toLocalTime());
    Vehicle car = vehicles.get(0);
    InspectionBooking booking = traffic.inspections().book(
        new BookInspectionRequest(station.id(), free.id(), car.plate().value(), car.plateType()), asCitizen);
    out.printf("Booked inspection %s for %s at %s: %s%n", booking.id(), booking.plate(), booking.startsAt(),
        booking.status());
    out.printf("Cancelled it again: %s%n", traffic.inspections().cancel(booking.id(), asCitizen).status());

    out.println("Road events between People's Square and Lujiazui:");
    for (RoadEvent event : traffic.roadConditions()
        .listAll(RoadConditionQuery.alongRoute(List.of(PEOPLES_SQUARE, LUJIAZUI)), RequestOptions.none())) {
      out.printf("  %s on %s (%s, %s, %s) since %s%n", event.type(), String.join("/", event.roadNames()),
          event.direction(), event.vehicleImpact(), event.severity(), event.startsAt().toLocalTime());
    }
  }
}
