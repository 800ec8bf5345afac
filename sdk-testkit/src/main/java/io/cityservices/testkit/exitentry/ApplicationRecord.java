package io.cityservices.testkit.exitentry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An application and the schedule it follows on the sandbox clock: review, approval, production and
 * issue after a number of working days (Monday to Friday; public holidays are not modelled) counted
 * from acceptance, or from resubmission after a return for correction. Guarded by the state's lock.
 */
final class ApplicationRecord {
  /** The legal deadline for issuing a passport: 15 working days (Passport Law, art. 5). */
  static final int LEGAL_WORKING_DAYS = 15;

  /** A status change: from, to, when. */
  record Change(String from, String to, OffsetDateTime at) {}

  final String receiptNumber;
  final String ownerCitizenId;
  final String city;
  final String officeId;
  final String documentType;
  final String serviceType;
  final String endorsementType;
  final String delivery;
  final OffsetDateTime acceptedAt;
  private final List<ApplicationView.Step> history = new ArrayList<>();
  private OffsetDateTime anchor;
  private String status;
  private String trackingNumber;
  private String refusalReason;

  ApplicationRecord(String receiptNumber, String ownerCitizenId, String city, String officeId, String documentType,
      String serviceType, String endorsementType, String delivery, OffsetDateTime acceptedAt) {
    this.receiptNumber = receiptNumber;
    this.ownerCitizenId = ownerCitizenId;
    this.city = city;
    this.officeId = officeId;
    this.documentType = documentType;
    this.serviceType = serviceType;
    this.endorsementType = endorsementType;
    this.delivery = delivery;
    this.acceptedAt = acceptedAt;
    this.anchor = acceptedAt;
    this.status = "ACCEPTED";
    history.add(new ApplicationView.Step("ACCEPTED", acceptedAt));
  }

  String status() {
    return status;
  }

  /**
   * Moves along the schedule up to {@code now}, issuing on working day {@code issueDays}.
   *
   * @return the changes made, oldest first
   */
  List<Change> advance(OffsetDateTime now, int issueDays, String trackingIfMailed) {
    List<Change> changes = new ArrayList<>();
    while (true) {
      String next = next();
      if (next == null) {
        return changes;
      }
      OffsetDateTime due = plusWorkingDays(anchor, dueDay(next, issueDays));
      if (due.isAfter(now)) {
        return changes;
      }
      if ("MAILED".equals(next)) {
        trackingNumber = trackingIfMailed;
      }
      changes.add(move(next, due));
    }
  }

  private String next() {
    return switch (status) {
      case "ACCEPTED" -> "UNDER_REVIEW";
      case "UNDER_REVIEW" -> "APPROVED";
      case "APPROVED" -> "IN_PRODUCTION";
      case "IN_PRODUCTION" -> "ISSUED";
      case "ISSUED" -> "MAIL".equals(delivery) ? "MAILED" : "READY_FOR_PICKUP";
      default -> null;
    };
  }

  private static int dueDay(String status, int issueDays) {
    return switch (status) {
      case "UNDER_REVIEW" -> 1;
      case "APPROVED" -> issueDays - 4;
      case "IN_PRODUCTION" -> issueDays - 3;
      case "ISSUED" -> issueDays;
      default -> issueDays + 1;
    };
  }

  /** Moves to {@code to} now, as an officer would; returns the change. */
  Change move(String to, OffsetDateTime at) {
    Change change = new Change(status, to, at);
    status = to;
    history.add(new ApplicationView.Step(to, at));
    return change;
  }

  Change returnForCorrection(String reason, OffsetDateTime at) {
    refusalReason = reason;
    return move("RETURNED_FOR_CORRECTION", at);
  }

  Change resubmit(OffsetDateTime at) {
    refusalReason = null;
    // The schedule restarts: review is entered now, so count the remaining steps from the day before.
    anchor = plusWorkingDays(at, -1);
    return move("UNDER_REVIEW", at);
  }

  Change refuse(String reason, OffsetDateTime at) {
    refusalReason = reason;
    return move("REFUSED", at);
  }

  LocalDate issueDueOn() {
    return plusWorkingDays(acceptedAt, LEGAL_WORKING_DAYS).toLocalDate();
  }

  ApplicationView view() {
    return new ApplicationView(receiptNumber, officeId, documentType, serviceType, endorsementType, status, delivery,
        acceptedAt, issueDueOn(), trackingNumber, refusalReason, List.copyOf(history));
  }

  static OffsetDateTime plusWorkingDays(OffsetDateTime from, int days) {
    OffsetDateTime t = from;
    int step = days < 0 ? -1 : 1;
    for (int left = Math.abs(days); left > 0; ) {
      t = t.plusDays(step);
      if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return t;
  }
}
