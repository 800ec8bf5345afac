package io.cityservices.traffic.internal;

import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.pagination.Page;
import io.cityservices.traffic.DrivingLicence;
import io.cityservices.traffic.FinePayment;
import io.cityservices.traffic.InspectionBooking;
import io.cityservices.traffic.InspectionSlot;
import io.cityservices.traffic.InspectionStation;
import io.cityservices.traffic.RoadEvent;
import io.cityservices.traffic.Vehicle;
import io.cityservices.traffic.Violation;

/** Every traffic operation, declared once, as {@code traffic.yaml} lists them. */
final class TrafficOperations {

  static final String SERVICE = "traffic";
  private static final String BASE = "/v1/cities/{city}/traffic";

  static final Operation LIST_VIOLATIONS = Operation.read("listViolations", SERVICE, BASE + "/violations");
  static final Operation LIST_LICENCE_VIOLATIONS =
      Operation.read("listLicenceViolations", SERVICE, BASE + "/licence/violations");
  static final Operation GET_VIOLATION = Operation.read("getViolation", SERVICE, BASE + "/violations/{violation_id}");
  static final Operation PAY_FINE =
      Operation.payment("payFine", SERVICE, BASE + "/violations/{violation_id}/payments");
  static final Operation GET_PAYMENT = Operation.read("getFinePayment", SERVICE, BASE + "/payments/{payment_id}");
  static final Operation GET_LICENCE = Operation.read("getLicence", SERVICE, BASE + "/licence");
  static final Operation LIST_VEHICLES = Operation.read("listVehicles", SERVICE, BASE + "/vehicles");
  static final Operation LIST_STATIONS =
      Operation.publicRead("listInspectionStations", SERVICE, BASE + "/inspection-stations");
  /** Not cached: free places change with every booking. Public, so app-level. */
  static final Operation LIST_SLOTS =
      Operation.read("listInspectionSlots", SERVICE, BASE + "/inspection-stations/{station_id}/slots").withoutCitizen();
  static final Operation BOOK_INSPECTION =
      Operation.create("bookInspection", SERVICE, BASE + "/inspection-bookings");
  static final Operation LIST_BOOKINGS = Operation.read("listInspectionBookings", SERVICE, BASE + "/inspection-bookings");
  static final Operation CANCEL_BOOKING =
      Operation.idempotentWrite("cancelInspectionBooking", SERVICE, "DELETE", BASE + "/inspection-bookings/{booking_id}");
  static final Operation RESCHEDULE_BOOKING =
      Operation.idempotentWrite("rescheduleInspectionBooking", SERVICE, "PUT", BASE + "/inspection-bookings/{booking_id}");
  static final Operation LIST_ROAD_CONDITIONS =
      Operation.publicRead("listRoadConditions", SERVICE, BASE + "/road-conditions");

  static final ResponseType<Page<Violation>> VIOLATION_PAGE = ResponseType.pageOf(Violation.class);
  static final ResponseType<Violation> VIOLATION = ResponseType.of(Violation.class);
  static final ResponseType<FinePayment> PAYMENT = ResponseType.of(FinePayment.class);
  static final ResponseType<DrivingLicence> LICENCE = ResponseType.of(DrivingLicence.class);
  static final ResponseType<Page<Vehicle>> VEHICLE_PAGE = ResponseType.pageOf(Vehicle.class);
  static final ResponseType<Page<InspectionStation>> STATION_PAGE = ResponseType.pageOf(InspectionStation.class);
  static final ResponseType<Page<InspectionSlot>> SLOT_PAGE = ResponseType.pageOf(InspectionSlot.class);
  static final ResponseType<InspectionBooking> BOOKING = ResponseType.of(InspectionBooking.class);
  static final ResponseType<Page<InspectionBooking>> BOOKING_PAGE = ResponseType.pageOf(InspectionBooking.class);
  static final ResponseType<Page<RoadEvent>> ROAD_EVENT_PAGE = ResponseType.pageOf(RoadEvent.class);

  private TrafficOperations() {}
}
