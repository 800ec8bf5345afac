package io.cityservices.examples;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.Money;
import io.cityservices.socialinsurance.Certificate;
import io.cityservices.socialinsurance.CertificateDocument;
import io.cityservices.socialinsurance.CertificateRequest;
import io.cityservices.socialinsurance.Contribution;
import io.cityservices.socialinsurance.ContributionGaps;
import io.cityservices.socialinsurance.ContributionQuery;
import io.cityservices.socialinsurance.Enrolment;
import io.cityservices.socialinsurance.InsuranceType;
import io.cityservices.socialinsurance.MedicalInsurance;
import io.cityservices.socialinsurance.PeriodNotPostedException;
import io.cityservices.socialinsurance.PersonalAccount;
import io.cityservices.socialinsurance.SocialInsuranceClient;
import io.cityservices.socialinsurance.fhir.CoverageMapper;
import java.io.PrintStream;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The social insurance enquiry (社会保险查询): enrolments per type, the last year's pension
 * contributions and the months missing from them, personal accounts, medical insurance as a FHIR
 * Coverage, and a proof of insurance requested, waited for and downloaded.
 */
public final class SocialInsuranceJourney {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private SocialInsuranceJourney() {}

  /** Runs the journey against the sandbox, or the platform the environment names. */
  public static void main(String[] args) {
    ExampleEnvironment.run("Social insurance journey", (env, out) -> run(env.client(), env.citizen(), out));
  }

  /**
   * Runs the journey for {@code citizen} (granted the {@code social_insurance} scope) in the client's
   * default city, printing to {@code out}.
   */
  public static void run(CityServices client, CitizenToken citizen, PrintStream out) {
    SocialInsuranceClient si = SocialInsuranceClient.create(client);
    RequestOptions asCitizen = RequestOptions.forCitizen(citizen);

    out.println("== Social insurance: enrolments, contributions, accounts, medical insurance, proof ==");
    List<Enrolment> enrolments = si.enrolments().list(asCitizen);
    for (Enrolment e : enrolments) {
      out.printf("  %s %-28s %s since %s, pooling area %s%s%n", e.insuranceTypeCode(), e.insuranceType(), e.status(),
          e.firstInsuredOn(), e.poolingArea().value(), e.flexibleEmployment() ? ", flexible employment" : "");
    }

    YearMonth thisMonth = YearMonth.now(CHINA);
    // The last twelve whole months: this month's contribution is collected mid-month.
    YearMonth to = thisMonth.minusMonths(1);
    YearMonth from = to.minusMonths(11);
    InsuranceType pension = InsuranceType.ENTERPRISE_EMPLOYEE_PENSION;
    List<Contribution> lastYear = si.contributions().listAll(ContributionQuery.builder().insuranceType(pension)
        .from(from).to(to).build(), asCitizen).stream().toList();
    Money personal = Money.sum(Money.cny(0).currency(), lastYear.stream().map(Contribution::personalAmount).toList());
    out.printf("Pension contributions %s to %s: %d months, %d not posted yet, own part %s%n", from, to,
        lastYear.size(), lastYear.stream().filter(c -> !c.isPosted()).count(), personal.toDisplayString());
    List<YearMonth> gaps = ContributionGaps.missingMonths(lastYear, pension, from, to);
    out.println("Months without a pension contribution: " + (gaps.isEmpty() ? "none" : gaps));

    for (PersonalAccount a : si.accounts().list(thisMonth.getYear(), asCitizen)) {
      out.printf("Personal account %s %d: %d months this year, %s in all, balance %s%n", a.insuranceTypeCode(),
          a.year(), a.monthsContributed(), a.cumulativePeriod(), a.balance().toDisplayString());
    }

    MedicalInsurance medical = si.medicalInsurance().get(asCitizen);
    out.println("Medical insurance: " + medical); // masks the social security number, name and balance
    out.println("As FHIR R4: " + ExampleEnvironment.fhirMember(new CoverageMapper().coverage(medical, "coverage-1"), "status")
        + " Coverage of type " + medical.insuranceTypeCode());

    try {
      si.certificates().request(CertificateRequest.builder().insuranceType(pension).to(thisMonth).build(), asCitizen);
    } catch (PeriodNotPostedException notYet) {
      out.println("A certificate through " + thisMonth + " is refused: " + notYet.code());
    }
    Certificate requested = si.certificates().request(CertificateRequest.builder().insuranceType(pension)
        .insuranceType(InsuranceType.EMPLOYEE_MEDICAL).purpose("居住证积分").build(), asCitizen);
    out.printf("Requested certificate %s (%s to %s): %s%n", requested.id(), requested.from(), requested.to(),
        requested.status());
    Certificate ready = si.certificates().awaitReady(requested.id(), Duration.ofSeconds(30), asCitizen);
    CertificateDocument pdf = si.certificates().download(ready.id(), asCitizen);
    out.printf("Certificate %s is %s: downloaded %d bytes of %s%n", ready.id(), ready.status(), pdf.size(),
        pdf.contentType());
  }
}
