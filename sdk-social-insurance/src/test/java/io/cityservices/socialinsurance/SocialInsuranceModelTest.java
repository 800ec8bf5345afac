package io.cityservices.socialinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.socialinsurance.fhir.CoverageMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The insurance-type codes, the gap finder, the event payloads and the FHIR Coverage. */
class SocialInsuranceModelTest {
  final ObjectMapper mapper = JsonMapperFactory.create();

  @Test
  void insuranceTypesCarryTheAae140Codes() {
    assertThat(List.of(InsuranceType.values())).extracting(InsuranceType::code)
        .containsExactly("110", "120", "170", "210", "310", "390", "410", "510", null);
    assertThat(InsuranceType.fromCode("390")).isEqualTo(InsuranceType.RESIDENT_MEDICAL);
    assertThat(InsuranceType.fromCode("330")).isEqualTo(InsuranceType.UNKNOWN);
    assertThat(InsuranceType.fromCode(null)).isEqualTo(InsuranceType.UNKNOWN);
    assertThat(InsuranceType.RESIDENT_PENSION.isPension()).isTrue();
    assertThat(InsuranceType.RESIDENT_PENSION.isPaidYearlyByResident()).isTrue();
    assertThat(InsuranceType.EMPLOYEE_MEDICAL.isMedical()).isTrue();
    assertThat(InsuranceType.WORK_INJURY.isPension()).isFalse();
  }

  static Contribution paid(YearMonth month, String type) {
    return new Contribution(month, type, Money.cny(100), Money.cny(16), Money.cny(8), ContributionStatus.POSTED, null);
  }

  @Test
  void gapsAreTheMonthsWithoutAContributionOfTheType() {
    List<Contribution> history = List.of(paid(YearMonth.of(2026, 1), "110"), paid(YearMonth.of(2026, 2), "310"),
        paid(YearMonth.of(2026, 4), "110"));

    assertThat(ContributionGaps.missingMonths(history, InsuranceType.ENTERPRISE_EMPLOYEE_PENSION,
        YearMonth.of(2025, 12), YearMonth.of(2026, 4)))
        .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    assertThat(ContributionGaps.missingMonths(List.of(), InsuranceType.UNEMPLOYMENT, YearMonth.of(2026, 1),
        YearMonth.of(2026, 1))).containsExactly(YearMonth.of(2026, 1));
    assertThatThrownBy(() -> ContributionGaps.missingMonths(history, InsuranceType.UNEMPLOYMENT,
        YearMonth.of(2026, 2), YearMonth.of(2026, 1))).isInstanceOf(ValidationException.class);
  }

  @Test
  void eventPayloadsRead() throws Exception {
    assertThat(SocialInsuranceEvents.CONTRIBUTION_POSTED.name()).isEqualTo("social_insurance.contribution.posted");
    assertThat(SocialInsuranceEvents.ENROLMENT_CHANGED.name()).isEqualTo("social_insurance.enrolment.changed");
    assertThat(SocialInsuranceEvents.CERTIFICATE_READY.name()).isEqualTo("social_insurance.certificate.ready");

    ContributionPosted posted = mapper.readValue("""
        {"citizen_id":"c-1","month":"2026-11","insurance_types":["110","310"],"pooling_area":"310000"}""",
        SocialInsuranceEvents.CONTRIBUTION_POSTED.dataType());
    EnrolmentChanged changed = mapper.readValue("""
        {"citizen_id":"c-1","insurance_type":"390","previous_status":"INSURED","status":"SUSPENDED",
         "pooling_area":"310000"}""", SocialInsuranceEvents.ENROLMENT_CHANGED.dataType());
    CertificateReady ready = mapper.readValue("""
        {"citizen_id":"c-1","certificate_id":"SI-CERT-1","size":900}""", SocialInsuranceEvents.CERTIFICATE_READY.dataType());

    assertThat(posted).isEqualTo(new ContributionPosted("c-1", YearMonth.of(2026, 11), List.of("110", "310"), "310000"));
    assertThat(changed.insuranceType()).isEqualTo(InsuranceType.RESIDENT_MEDICAL);
    assertThat(changed.status()).isEqualTo(EnrolmentStatus.SUSPENDED);
    assertThat(ready).isEqualTo(new CertificateReady("c-1", "SI-CERT-1", 900));
  }

  @Test
  void coverageFollowsFhirR4() {
    MedicalInsurance insured = new MedicalInsurance(ResidentIdNumber.of(SocialInsurancePrivacyTest.ID),
        PersonName.of("张伟强"), "390", EnrolmentStatus.INSURED, MedicalPersonType.RESIDENT, CityCode.HANGZHOU,
        LocalDate.of(2020, 1, 1), Money.cny(0));

    ObjectNode coverage = tree(new CoverageMapper().coverage(insured, "cov-1"));

    assertThat(coverage.get("resourceType").asText()).isEqualTo("Coverage");
    assertThat(coverage.get("id").asText()).isEqualTo("cov-1");
    assertThat(coverage.get("status").asText()).isEqualTo("active");
    assertThat(coverage.at("/type/coding/0/code").asText()).isEqualTo("390");
    assertThat(coverage.at("/type/coding/0/display").asText()).isEqualTo("城乡居民基本医疗保险");
    assertThat(coverage.at("/type/coding/1/code").asText()).isEqualTo("PUBLICPOL");
    assertThat(coverage.at("/beneficiary/identifier/value").asText()).isEqualTo(SocialInsurancePrivacyTest.ID);
    assertThat(coverage.at("/relationship/coding/0/code").asText()).isEqualTo("self");
    assertThat(coverage.at("/period/start").asText()).isEqualTo("2020-01-01");
    assertThat(coverage.at("/payor/0/identifier/value").asText()).isEqualTo("330100");
    assertThat(coverage.at("/class/0/value").asText()).isEqualTo("RESIDENT");
    assertThat(coverage.toString()).doesNotContain("张伟强");

    MedicalInsurance suspended = new MedicalInsurance(insured.socialSecurityNumber(), null, "310",
        EnrolmentStatus.SUSPENDED, null, null, null, null);
    ObjectNode cancelled = tree(new CoverageMapper().coverage(suspended, null));
    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.has("id")).isFalse();
    assertThat(cancelled.has("payor")).isFalse();
    assertThat(tree(new CoverageMapper().coverage(new MedicalInsurance(insured.socialSecurityNumber(), null, "310",
        EnrolmentStatus.UNKNOWN, null, null, null, null), null)).get("status").asText()).isEqualTo("draft");
  }

  /** The mapper writes JSON text; the assertions walk it as a tree. */
  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
