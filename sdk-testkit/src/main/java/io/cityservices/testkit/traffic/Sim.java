package io.cityservices.testkit.traffic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The simulation's mutable records; guarded by the {@link TrafficWorld}'s lock. */
final class Sim {
  private Sim() {}

  static final class Vehicle {
    final String citizenId;
    final String city;
    final String plate;
    final String plateType;
    final String engineNumber;
    final String vin;
    final String brand;
    final LocalDate inspectionValidUntil;

    Vehicle(String citizenId, String city, String plate, String plateType, String engineNumber, String vin,
        String brand, LocalDate inspectionValidUntil) {
      this.citizenId = citizenId;
      this.city = city;
      this.plate = plate;
      this.plateType = plateType;
      this.engineNumber = engineNumber;
      this.vin = vin;
      this.brand = brand;
      this.inspectionValidUntil = inspectionValidUntil;
    }
  }

  /** Stored states; OVERDUE is derived from PAYABLE and the deadline. */
  enum Stored { UNPROCESSED, PAYABLE, PAID, CLOSED, WITHDRAWN }

  static final class Violation {
    final String id;
    final Vehicle vehicle;
    final String driverCitizenId;
    final Instant occurredAt;
    final String placeCode;
    final String address;
    final String code;
    final String description;
    final Integer measured;
    final Integer limit;
    final long fineFen;
    final int points;
    final String authority;
    final String source;
    final String decisionNumber;
    final LocalDate deadline;
    Stored stored;
    Instant paidAt;
    long paidFen;

    Violation(String id, Vehicle vehicle, String driverCitizenId, Instant occurredAt, String placeCode, String address,
        String code, String description, Integer measured, Integer limit, long fineFen, int points, String authority,
        String source, String decisionNumber, LocalDate deadline, Stored stored) {
      this.id = id;
      this.vehicle = vehicle;
      this.driverCitizenId = driverCitizenId;
      this.occurredAt = occurredAt;
      this.placeCode = placeCode;
      this.address = address;
      this.code = code;
      this.description = description;
      this.measured = measured;
      this.limit = limit;
      this.fineFen = fineFen;
      this.points = points;
      this.authority = authority;
      this.source = source;
      this.decisionNumber = decisionNumber;
      this.deadline = deadline;
      this.stored = stored;
    }
  }

  record Licence(String citizenId, String number, String fileNumber, String licenceClass, LocalDate firstIssuedOn,
      LocalDate validFrom, LocalDate validUntil, int points, LocalDate cycleEndsOn, Set<String> statuses) {}

  record Station(String id, String city, String name, String address, double latitude, double longitude, String phone) {}

  record Payment(String id, String citizenId, String violationId, long amountFen, Instant paidAt, String receiptNumber) {}

  static final class Booking {
    final String id;
    final String citizenId;
    final String stationId;
    final String plate;
    final String plateType;
    final Instant createdAt;
    String slotId;
    String state;

    Booking(String id, String citizenId, String stationId, String slotId, String plate, String plateType, Instant createdAt) {
      this.id = id;
      this.citizenId = citizenId;
      this.stationId = stationId;
      this.slotId = slotId;
      this.plate = plate;
      this.plateType = plateType;
      this.createdAt = createdAt;
      this.state = "BOOKED";
    }
  }

  record RoadEvent(String id, String city, String type, List<String> roadNames, String direction, String impact,
      String severity, String description, Instant startsAt, Instant endsAt, List<double[]> points) {}
}
