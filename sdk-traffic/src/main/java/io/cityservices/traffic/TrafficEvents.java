package io.cityservices.traffic;

import io.cityservices.core.webhook.EventType;

/**
 * The traffic module's webhook event types, read with {@code event.data(TrafficEvents.VIOLATION_PAID)}
 * after the core webhook verifier has checked the event's signature.
 */
public final class TrafficEvents {

  /** A new violation was recorded for a citizen's vehicle. */
  public static final EventType<ViolationRecorded> VIOLATION_RECORDED =
      EventType.of("traffic.violation.recorded", ViolationRecorded.class);

  /** A violation's fine was paid. */
  public static final EventType<ViolationPaid> VIOLATION_PAID =
      EventType.of("traffic.violation.paid", ViolationPaid.class);

  /** A vehicle's annual inspection is due soon. */
  public static final EventType<InspectionDue> INSPECTION_DUE =
      EventType.of("traffic.inspection.due", InspectionDue.class);

  /** The points on a citizen's licence changed. */
  public static final EventType<LicencePointsChanged> LICENCE_POINTS_CHANGED =
      EventType.of("traffic.licence.points_changed", LicencePointsChanged.class);

  private TrafficEvents() {}
}
