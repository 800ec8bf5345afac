package io.cityservices.testkit.traffic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The traffic contract's JSON shapes as the platform writes them (snake_case through the sandbox's
 * mapper). Written independently of the SDK's classes so that a mismatch shows up in tests.
 */
final class Wire {
  private Wire() {}

  record Money(long amount, String currency) {
    static Money cny(long fen) {
      return new Money(fen, "CNY");
    }
  }

  record Page(List<?> data, String nextCursor) {}

  record Violation(
      String id, String plate, String plateType, OffsetDateTime occurredAt, String placeCode, String address,
      String code, String description, Integer measuredValue, Integer limitValue, Money fine, Money lateFee,
      int points, String discoveringAuthority, String handlingAuthority, String source, String decisionNumber,
      String status, String handlingStatus, String paymentStatus, LocalDate paymentDeadline, OffsetDateTime paidAt,
      List<String> evidencePhotoUrls) {}

  record Payment(
      String id, String violationId, Money amount, String status, String settlement, String receiptNumber,
      OffsetDateTime createdAt, OffsetDateTime paidAt) {}

  record Licence(
      String number, String fileNumber, String licenceClass, LocalDate firstIssuedOn, LocalDate validFrom,
      LocalDate validUntil, int points, LocalDate cycleEndsOn, List<String> statuses) {}

  record Vehicle(
      String plate, String plateType, String vin, String brand, List<String> statuses, LocalDate inspectionValidUntil) {}

  record GeoPoint(double latitude, double longitude) {}

  record Station(
      String id, String name, String address, GeoPoint location, String phone, String openingHours, Double distanceKm) {}

  record Slot(String id, String stationId, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int remaining) {}

  record Booking(
      String id, String stationId, String slotId, String plate, String plateType, String status, String result,
      OffsetDateTime startsAt, OffsetDateTime createdAt) {}

  record Geometry(String type, Object coordinates) {}

  record RoadEvent(
      String id, String type, List<String> roadNames, String direction, String vehicleImpact, String severity,
      String description, OffsetDateTime startsAt, OffsetDateTime endsAt, Geometry geometry) {}

  record PayBody(Money expectedAmount) {}

  record BookBody(String stationId, String slotId, String plate, String plateType) {}

  record RescheduleBody(String slotId) {}
}
