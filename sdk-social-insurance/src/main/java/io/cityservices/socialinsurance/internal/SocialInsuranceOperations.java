package io.cityservices.socialinsurance.internal;

import io.cityservices.core.http.Operation;

/**
 * Every social insurance operation, declared once, as the API reference lists them. All act for a
 * citizen; none is a public read, so none is cached.
 */
final class SocialInsuranceOperations {
  /** The department's name in the catalog and in circuit-breaker keys. */
  static final String SERVICE = "social-insurance";
  private static final String BASE = "/v1/cities/{city}/social-insurance";

  static final Operation LIST_ENROLMENTS = Operation.read("listEnrolments", SERVICE, BASE + "/enrolments");
  static final Operation LIST_CONTRIBUTIONS = Operation.read("listContributions", SERVICE, BASE + "/contributions");
  static final Operation LIST_ACCOUNTS = Operation.read("listPersonalAccounts", SERVICE, BASE + "/accounts");
  static final Operation LIST_PENSION_PAYMENTS =
      Operation.read("listPensionPayments", SERVICE, BASE + "/pension-payments");
  static final Operation GET_MEDICAL_INSURANCE =
      Operation.read("getMedicalInsurance", SERVICE, BASE + "/medical-insurance");
  static final Operation REQUEST_CERTIFICATE =
      Operation.create("requestCertificate", SERVICE, BASE + "/certificates");
  static final Operation GET_CERTIFICATE =
      Operation.read("getCertificate", SERVICE, BASE + "/certificates/{certificate_id}");
  static final Operation DOWNLOAD_CERTIFICATE =
      Operation.read("downloadCertificate", SERVICE, BASE + "/certificates/{certificate_id}/document");
  static final Operation LIST_VOLUNTARY_CONTRIBUTIONS =
      Operation.read("listVoluntaryContributions", SERVICE, BASE + "/voluntary-contributions");
  /** Moves money. */
  static final Operation PAY_VOLUNTARY_CONTRIBUTION = Operation.payment(
      "payVoluntaryContribution", SERVICE, BASE + "/voluntary-contributions/{contribution_id}/payment");

  private SocialInsuranceOperations() {}
}
