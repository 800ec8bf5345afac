package io.cityservices.socialinsurance;

import io.cityservices.core.webhook.EventType;

/**
 * The social insurance events the platform sends to webhooks. Read one with {@code
 * event.data(SocialInsuranceEvents.X)}. None carries an amount or an identity number.
 */
public final class SocialInsuranceEvents {

  /** {@code social_insurance.contribution.posted}: a month's contributions were posted. */
  public static final EventType<ContributionPosted> CONTRIBUTION_POSTED =
      EventType.of("social_insurance.contribution.posted", ContributionPosted.class);

  /** {@code social_insurance.enrolment.changed}: an enrolment was suspended, resumed or terminated. */
  public static final EventType<EnrolmentChanged> ENROLMENT_CHANGED =
      EventType.of("social_insurance.enrolment.changed", EnrolmentChanged.class);

  /** {@code social_insurance.certificate.ready}: a requested certificate can be downloaded. */
  public static final EventType<CertificateReady> CERTIFICATE_READY =
      EventType.of("social_insurance.certificate.ready", CertificateReady.class);

  private SocialInsuranceEvents() {}
}
