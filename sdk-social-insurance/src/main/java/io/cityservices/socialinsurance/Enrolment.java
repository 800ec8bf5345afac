package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cityservices.core.model.CityCode;
import java.time.LocalDate;

/**
 * A person's enrolment (参保信息) in one insurance type.
 *
 * @param insuranceTypeCode the raw {@code AAE140} code, kept even when this SDK does not know it
 * @param status where the enrolment stands
 * @param firstInsuredOn when the person was first insured in this type (首次参保日期)
 * @param employer the employer contributing now; null for flexible employment, residents' schemes and
 *     retirees
 * @param flexibleEmployment whether the person contributes as a flexibly employed person (灵活就业)
 * @param poolingArea the pooling area (统筹区) where the person is insured: a GB/T 2260 code, which may
 *     differ from the city the client addresses
 * @param statusSince when the current status began
 */
public record Enrolment(
    @JsonProperty("insurance_type") String insuranceTypeCode,
    EnrolmentStatus status,
    LocalDate firstInsuredOn,
    Employer employer,
    boolean flexibleEmployment,
    CityCode poolingArea,
    LocalDate statusSince) {

  /**
   * The insurance type; {@link InsuranceType#UNKNOWN} for a code this SDK does not know.
   *
   * @return the type named by {@link #insuranceTypeCode()}
   */
  public InsuranceType insuranceType() {
    return InsuranceType.fromCode(insuranceTypeCode);
  }

  /**
   * Whether the person is insured in this type now.
   *
   * @return true when its status is {@link EnrolmentStatus#INSURED}
   */
  public boolean isInsured() {
    return status == EnrolmentStatus.INSURED;
  }

  /** Leaves out the employer: where a person works is personal data. */
  @Override
  public String toString() {
    return "Enrolment[insuranceType=" + insuranceTypeCode + ", status=" + status + ", firstInsuredOn="
        + firstInsuredOn + ", employer=" + (employer == null ? "none" : "***") + ", flexibleEmployment="
        + flexibleEmployment + ", poolingArea=" + poolingArea + ", statusSince=" + statusSince + "]";
  }
}
