package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * The data of {@code social_insurance.enrolment.changed}: an enrolment's status changed (suspended,
 * resumed, terminated).
 *
 * @param citizenId the platform's id of the citizen
 * @param insuranceTypeCode the raw {@code AAE140} code
 * @param previousStatus the status before
 * @param status the status now
 * @param poolingArea the GB/T 2260 code of the pooling area
 */
public record EnrolmentChanged(
    String citizenId,
    @JsonProperty("insurance_type") String insuranceTypeCode,
    EnrolmentStatus previousStatus,
    EnrolmentStatus status,
    String poolingArea) {

  /**
   * The insurance type; {@link InsuranceType#UNKNOWN} for a code this SDK does not know.
   *
   * @return the type named by {@link #insuranceTypeCode()}
   */
  public InsuranceType insuranceType() {
    return InsuranceType.fromCode(insuranceTypeCode);
  }
}
