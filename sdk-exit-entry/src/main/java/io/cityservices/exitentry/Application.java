package io.cityservices.exitentry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application for a travel document, followed by its receipt number. Only the applicant (or the
 * guardian who applied for a child) can see it. {@link #toString()} masks the receipt and tracking
 * numbers.
 *
 * @param receiptNumber the receipt number given at acceptance
 * @param officeId the office that accepted it
 * @param documentType the document applied for
 * @param serviceType the service asked for
 * @param endorsementType the endorsement asked for, or null
 * @param status where it is now
 * @param delivery how the document will reach the applicant
 * @param acceptedAt when it was accepted
 * @param issueDueOn the last day it must be issued on (passports: 15 working days from acceptance)
 * @param trackingNumber the postal tracking number once {@link ApplicationStatus#MAILED}, else null
 * @param refusalReason the reason given with {@link ApplicationStatus#REFUSED} or {@link
 *     ApplicationStatus#RETURNED_FOR_CORRECTION}, else null
 * @param history every status it has been in, oldest first
 */
public record Application(
    ReceiptNumber receiptNumber,
    String officeId,
    DocumentType documentType,
    ServiceType serviceType,
    @Nullable EndorsementType endorsementType,
    ApplicationStatus status,
    DeliveryMethod delivery,
    OffsetDateTime acceptedAt,
    LocalDate issueDueOn,
    @Nullable String trackingNumber,
    @Nullable String refusalReason,
    List<StatusChange> history) {

  /**
   * Copies {@code history}, taking null (a member the platform left out) as empty.
   *
   * @param receiptNumber the receipt number given at acceptance
   * @param officeId the office that accepted it
   * @param documentType the document applied for
   * @param serviceType the service asked for
   * @param endorsementType the endorsement asked for, or null
   * @param status where it is now
   * @param delivery how the document will reach the applicant
   * @param acceptedAt when it was accepted
   * @param issueDueOn the last day it must be issued on (passports: 15 working days from
   *     acceptance)
   * @param trackingNumber the postal tracking number once {@link ApplicationStatus#MAILED}, else
   *     null
   * @param refusalReason the reason given with {@link ApplicationStatus#REFUSED} or {@link
   *     ApplicationStatus#RETURNED_FOR_CORRECTION}, else null
   * @param history every status it has been in, oldest first; null is taken as empty
   */
  public Application {
    history = history == null ? List.of() : List.copyOf(history);
  }

  /**
   * Whether the citizen has something to do: collect the document or correct the application.
   *
   * @return true when the applicant must act (pay, supply documents, collect) before the
   *     application can go on
   */
  public boolean needsAction() {
    return status == ApplicationStatus.READY_FOR_PICKUP || status == ApplicationStatus.RETURNED_FOR_CORRECTION;
  }

  @Override
  public String toString() {
    return "Application[receiptNumber=" + receiptNumber + ", officeId=" + officeId + ", documentType=" + documentType
        + ", serviceType=" + serviceType + ", endorsementType=" + endorsementType + ", status=" + status
        + ", delivery=" + delivery + ", acceptedAt=" + acceptedAt + ", issueDueOn=" + issueDueOn
        + ", trackingNumber=" + (trackingNumber == null ? null : "***")
        + ", refusalReason=" + (refusalReason == null ? null : "***") + ", history=" + history + "]";
  }
}
