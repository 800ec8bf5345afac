package io.cityservices.socialinsurance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.model.UnifiedSocialCreditCode;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.socialinsurance.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The social security number is the identity number, and wages, bases, balances, pensions and
 * employers are personal data: none reaches a toString() or the SDK's log (TRACE in tests) in clear.
 */
class SocialInsurancePrivacyTest {
  static final String ID = "310115201503070021";

  @Test
  void recordsMaskAmountsIdentityAndEmployer() {
    Employer employer = new Employer("上海浦江数据科技有限公司",
        UnifiedSocialCreditCode.of(SocialInsuranceWireMockTest.CREDIT_CODE));
    List<Object> records = List.of(
        new Enrolment("110", EnrolmentStatus.INSURED, LocalDate.of(2012, 7, 1), employer, false, CityCode.SHANGHAI, null),
        new Contribution(YearMonth.of(2026, 10), "110", Money.cny(1_234_500), Money.cny(197_520), Money.cny(98_760),
            ContributionStatus.POSTED, LocalDate.of(2026, 10, 15)),
        new PersonalAccount("110", 2026, 10, 184, Money.cny(8_834_512)),
        new PensionPayment("pp-1", YearMonth.of(2026, 11), "110", Money.cny(612_300), "6222021234567891234",
            LocalDate.of(2026, 11, 10)),
        new MedicalInsurance(ResidentIdNumber.of(ID), PersonName.of("张伟强"), "310", EnrolmentStatus.INSURED,
            MedicalPersonType.EMPLOYEE, CityCode.SHANGHAI, null, Money.cny(345_600)),
        new VoluntaryContribution("vc-1", 2026, "170", Money.cny(170_000), LocalDate.of(2026, 12, 31),
            VoluntaryContributionStatus.DUE, null, null),
        new PayVoluntaryContributionRequest("vc-1", Money.cny(170_000)));

    String text = records.toString();

    assertThat(text).doesNotContain(ID, "张伟强", "伟强", "上海浦江", SocialInsuranceWireMockTest.CREDIT_CODE,
        "1234500", "12345", "197520", "98760", "8834512", "612300", "6123", "345600", "170000", "1700",
        "6222021234567891234", "62220212");
    assertThat(text).contains("***CNY", "310***********0021", "张**", "***************1234", "employer=***");
  }

  @Test
  void noPersonalDatumReachesTheTraceLog() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    String log;
    Citizen employee;
    Contribution contribution;
    MedicalInsurance medical;
    try (SandboxWorld world = new SandboxWorld()) {
      employee = world.citizen(CityCode.SHANGHAI, Profile.EMPLOYEE);
      Citizen retiree = world.citizen(CityCode.SHANGHAI, Profile.RETIREE);
      RequestOptions me = world.login(employee);
      RequestOptions old = world.login(retiree);
      SocialInsuranceClient si = world.client(CityCode.SHANGHAI);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        si.enrolments().list(me);
        contribution = si.contributions().list(ContributionQuery.builder().limit(3).build(), me).data().get(0);
        si.accounts().list(null, me);
        si.pensions().list(PensionPaymentQuery.all(), old);
        medical = si.medicalInsurance().get(me);
      } finally {
        System.setOut(original);
      }
      log = captured.toString(StandardCharsets.UTF_8);
    }

    assertThat(log).contains("request_id=", "response body");
    assertThat(log).doesNotContain(employee.idNumber().value(), employee.name().value(), "上海浦江",
        "\"amount\":" + contribution.base().amount(), "\"amount\":" + medical.accountBalance().amount());
    assertThat(log).doesNotContainPattern("\"amount\"\\s*:\\s*[0-9]");
  }
}
