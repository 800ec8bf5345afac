package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import java.time.LocalDate;

/**
 * A person's basic medical insurance (医保参保信息): status, person type, where they are insured, and
 * the personal medical account (医保个人账户). Personal data: {@link #toString()} masks the social
 * security number (the resident identity number), the name and the balance.
 *
 * @param socialSecurityNumber the social security number, which is the resident identity number
 * @param name the insured person's name
 * @param insuranceTypeCode the raw {@code AAE140} code: 310 or 390
 * @param status the enrolment's status
 * @param personType the person type
 * @param insuredPlace the GB/T 2260 code of the insured place (参保地)
 * @param insuredSince when the current enrolment began
 * @param accountBalance the personal medical account's balance; zero in the residents' scheme, which
 *     has no personal account
 */
public record MedicalInsurance(
    ResidentIdNumber socialSecurityNumber,
    PersonName name,
    @JsonProperty("insurance_type") String insuranceTypeCode,
    EnrolmentStatus status,
    MedicalPersonType personType,
    CityCode insuredPlace,
    LocalDate insuredSince,
    Money accountBalance) {

  /**
   * The insurance type; {@link InsuranceType#UNKNOWN} for a code this SDK does not know.
   *
   * @return the type named by {@link #insuranceTypeCode()}: 310, 390 or {@link InsuranceType#UNKNOWN}
   */
  public InsuranceType insuranceType() {
    return InsuranceType.fromCode(insuranceTypeCode);
  }

  /**
   * Whether the person is insured now.
   *
   * @return true when its status is {@link EnrolmentStatus#INSURED}
   */
  public boolean isInsured() {
    return status == EnrolmentStatus.INSURED;
  }

  @Override
  public String toString() {
    return "MedicalInsurance[socialSecurityNumber=" + socialSecurityNumber + ", name=" + name + ", insuranceType="
        + insuranceTypeCode + ", status=" + status + ", personType=" + personType + ", insuredPlace=" + insuredPlace
        + ", insuredSince=" + insuredSince + ", accountBalance=" + PersonalData.money(accountBalance) + "]";
  }
}
