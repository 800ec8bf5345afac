package io.cityservices.testkit.exitentry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application as the platform serves it.
 *
 * @param receiptNumber the 20-digit receipt number
 * @param officeId the accepting office
 * @param documentType the document applied for
 * @param serviceType the service asked for
 * @param endorsementType the endorsement, or null
 * @param status the current status
 * @param delivery {@code MAIL} or {@code PICKUP}
 * @param acceptedAt when it was accepted
 * @param issueDueOn the legal deadline for issue
 * @param trackingNumber the postal tracking number once mailed, else null
 * @param refusalReason the reason of a refusal or a return for correction, else null
 * @param history every status with its time, oldest first
 */
public record ApplicationView(
    String receiptNumber, String officeId, String documentType, String serviceType, String endorsementType,
    String status, String delivery, OffsetDateTime acceptedAt, LocalDate issueDueOn, String trackingNumber,
    String refusalReason, List<Step> history) {

  /**
   * One status of the history.
   *
   * @param status the status entered
   * @param at when
   */
  public record Step(String status, OffsetDateTime at) {}
}
