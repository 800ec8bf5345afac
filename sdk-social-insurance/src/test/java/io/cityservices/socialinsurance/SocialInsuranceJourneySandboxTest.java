package io.cityservices.socialinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.pagination.Page;
import io.cityservices.socialinsurance.fhir.CoverageMapper;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.Event;
import io.cityservices.testkit.socialinsurance.Profile;
import io.cityservices.testkit.socialinsurance.SocialInsuranceSandboxModule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Citizens' journeys against the sandbox: every operation, every state transition, every platform error code. */
class SocialInsuranceJourneySandboxTest {
  static final CityCode SH = CityCode.SHANGHAI;
  final SandboxWorld world = new SandboxWorld();
  final SocialInsuranceClient shanghai = world.client(SH);

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void everyProfileIsSeededInShanghaiAndHangzhouButGuangzhouHasNoRecords() {
    for (CityCode city : List.of(SH, CityCode.HANGZHOU)) {
      for (Profile profile : Profile.values()) {
        assertThat(world.agency.citizens(city, profile)).as(profile + " in " + city).isNotEmpty();
      }
    }
    assertThat(world.agency.profile(world.sandbox.seed().firstCitizen(CityCode.GUANGZHOU).id())).isEmpty();
    assertThat(world.agency.profile(world.sandbox.seed().firstCitizen(SH).id())).contains(Profile.EMPLOYEE);
  }

  @Test
  void theSameSeedAndDateGiveTheSameRecords() {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    RequestOptions me = world.login(employee);
    try (SandboxWorld twin = new SandboxWorld()) {
      RequestOptions twinMe = twin.login(employee);
      SocialInsuranceClient other = twin.client(SH);
      assertThat(other.enrolments().list(twinMe)).isEqualTo(shanghai.enrolments().list(me));
      assertThat(other.contributions().listAll(ContributionQuery.all(), twinMe).stream().toList())
          .isEqualTo(shanghai.contributions().listAll(ContributionQuery.all(), me).stream().toList());
      assertThat(twin.agency.citizens(CityCode.SHENZHEN, Profile.RETIREE))
          .isEqualTo(world.agency.citizens(CityCode.SHENZHEN, Profile.RETIREE));
    }
  }

  @Test
  void anEmployeeSeesEnrolmentsThroughTheEmployer() {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    List<Enrolment> enrolments = shanghai.enrolments().list(world.login(employee));

    assertThat(enrolments).extracting(Enrolment::insuranceType).containsExactly(
        InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, InsuranceType.UNEMPLOYMENT, InsuranceType.EMPLOYEE_MEDICAL,
        InsuranceType.WORK_INJURY, InsuranceType.MATERNITY);
    assertThat(enrolments).allSatisfy(e -> {
      assertThat(e.status()).isEqualTo(EnrolmentStatus.INSURED);
      assertThat(e.poolingArea()).isEqualTo(SH);
      assertThat(e.flexibleEmployment()).isFalse();
      assertThat(e.employer().name()).startsWith("上海浦江");
      assertThat(e.employer().creditCode().value()).startsWith("91310000");
      assertThat(e.firstInsuredOn()).isBefore(LocalDate.of(2023, 12, 1));
    });
  }

  @Test
  void contributionHistoryPagesFiltersAndShowsTheGap() {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    RequestOptions me = world.login(employee);
    YearMonth from = THIS_MONTH().minusMonths(11);
    ContributionQuery pension = ContributionQuery.builder().insuranceType(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION)
        .from(from).to(THIS_MONTH()).limit(5).build();

    List<Contribution> history = shanghai.contributions().listAll(pension, me).stream().toList();

    List<YearMonth> gaps = ContributionGaps.missingMonths(history, InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, from,
        THIS_MONTH());
    assertThat(gaps).hasSize(1).isEqualTo(world.agency.seededGaps(employee.id(), "110", from, THIS_MONTH()));
    assertThat(history).hasSize(11).isSortedAccordingTo((a, b) -> a.month().compareTo(b.month()));
    Contribution latest = history.get(history.size() - 1);
    assertThat(latest.month()).isEqualTo(THIS_MONTH());
    assertThat(latest.status()).isEqualTo(ContributionStatus.NOT_POSTED);
    assertThat(history.get(history.size() - 2).isPosted()).isTrue();
    assertThat(latest.personalAmount().amount()).isEqualTo(latest.base().amount() * 8 / 100);
    assertThat(latest.employerAmount().amount()).isEqualTo(latest.base().amount() * 16 / 100);
    assertThat(latest.base().amount()).isBetween(7_460_00L, 37_302_00L);
    assertThat(latest.paidOn()).isEqualTo(LocalDate.of(2026, 11, 15));

    Page<Contribution> notPosted = shanghai.contributions().list(
        ContributionQuery.builder().status(ContributionStatus.NOT_POSTED).build(), me);
    assertThat(notPosted.data()).hasSize(5).allSatisfy(c -> assertThat(c.month()).isEqualTo(THIS_MONTH()));
    assertThat(notPosted.hasNext()).isFalse();
  }

  @Test
  void contributionsPostOnTheClockAndAreAnnouncedOnce() {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    RequestOptions me = world.login(employee);
    ContributionQuery november = ContributionQuery.builder().from(THIS_MONTH()).to(THIS_MONTH()).build();
    assertThat(shanghai.contributions().list(november, me).data()).allMatch(c -> !c.isPosted());

    world.clock.advance(Duration.ofDays(26));
    me = world.login(employee);

    assertThat(shanghai.contributions().list(november, me).data()).hasSize(5).allMatch(Contribution::isPosted);
    assertThat(shanghai.contributions().list(ContributionQuery.builder().from(THIS_MONTH().plusMonths(1)).build(), me)
        .data()).hasSize(5).allMatch(c -> c.status() == ContributionStatus.NOT_POSTED);
    List<Event> posted = world.events("social_insurance.contribution.posted");
    assertThat(posted).hasSize(1);
    assertThat(posted.get(0).data().get("month").asText()).isEqualTo("2026-11");
    assertThat(posted.get(0).data().get("insurance_types")).hasSize(5);
    assertThat(posted.get(0).data().toString()).doesNotContain(employee.idNumber().value());
  }

  @Test
  void personalAccountsGrowYearByYear() {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    RequestOptions me = world.login(employee);

    List<PersonalAccount> accounts = shanghai.accounts().list(null, me);
    List<PersonalAccount> pension = accounts.stream()
        .filter(a -> a.insuranceType() == InsuranceType.ENTERPRISE_EMPLOYEE_PENSION).toList();

    assertThat(pension).extracting(PersonalAccount::year).containsExactly(2023, 2024, 2025, 2026);
    assertThat(pension).extracting(a -> a.balance().amount()).isSorted();
    assertThat(pension).extracting(PersonalAccount::cumulativeMonths).isSorted();
    assertThat(pension.get(3).monthsContributed()).isBetween(9, 10);
    assertThat(pension.get(2).cumulativePeriod().getYears()).isGreaterThanOrEqualTo(2);
    assertThat(accounts).anyMatch(a -> a.insuranceType() == InsuranceType.EMPLOYEE_MEDICAL);
    assertThat(shanghai.accounts().list(2025, me)).hasSize(2).allMatch(a -> a.year() == 2025);
  }

  @Test
  void aRetireeSeesPensionPaymentsNewestFirst() {
    Citizen retiree = world.citizen(SH, Profile.RETIREE);
    RequestOptions me = world.login(retiree);

    List<PensionPayment> all = shanghai.pensions().listAll(PensionPaymentQuery.all(), me).stream().toList();
    Page<PensionPayment> thisYear = shanghai.pensions().list(PensionPaymentQuery.year(2026), me);

    assertThat(all).isNotEmpty().isSortedAccordingTo((a, b) -> b.month().compareTo(a.month()));
    assertThat(all.get(0).month()).isEqualTo(THIS_MONTH());
    assertThat(all.get(0).paidOn()).isEqualTo(LocalDate.of(2026, 11, 10));
    assertThat(all.get(0).bankAccount()).matches("\\*+\\d{4}");
    assertThat(all.get(0).insuranceType()).isEqualTo(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION);
    assertThat(all.get(0).amount().amount()).isBetween(3_000_00L, 7_600_00L);
    assertThat(thisYear.data()).allMatch(p -> p.month().getYear() == 2026);
    assertThat(all).extracting(p -> p.amount().amount()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(shanghai.pensions().list(PensionPaymentQuery.all(), world.login(world.citizen(SH, Profile.EMPLOYEE)))
        .data()).isEmpty();
  }

  @Test
  void medicalInsuranceByPersonTypeAndItsFhirCoverage() {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    MedicalInsurance employed = shanghai.medicalInsurance().get(world.login(employee));
    MedicalInsurance retired = shanghai.medicalInsurance().get(world.login(world.citizen(SH, Profile.RETIREE)));
    MedicalInsurance resident = shanghai.medicalInsurance().get(world.login(world.citizen(SH, Profile.RESIDENT)));

    assertThat(employed.insuranceType()).isEqualTo(InsuranceType.EMPLOYEE_MEDICAL);
    assertThat(employed.personType()).isEqualTo(MedicalPersonType.EMPLOYEE);
    assertThat(employed.socialSecurityNumber()).isEqualTo(employee.idNumber());
    assertThat(employed.insuredPlace()).isEqualTo(SH);
    assertThat(employed.accountBalance().isPositive()).isTrue();
    assertThat(retired.personType()).isEqualTo(MedicalPersonType.RETIREE);
    assertThat(resident.insuranceType()).isEqualTo(InsuranceType.RESIDENT_MEDICAL);
    assertThat(resident.personType()).isEqualTo(MedicalPersonType.RESIDENT);
    assertThat(resident.accountBalance().isZero()).isTrue();

    ObjectNode coverage = tree(new CoverageMapper().coverage(employed, "cov-1"));
    assertThat(coverage.get("status").asText()).isEqualTo("active");
    assertThat(coverage.get("subscriberId").asText()).isEqualTo(employee.idNumber().value());
    assertThat(coverage.at("/payor/0/identifier/value").asText()).isEqualTo("310000");
  }

  @Test
  void aPersonInsuredInAnotherCityIsSentThere() {
    Citizen elsewhere = world.citizen(SH, Profile.ELSEWHERE);
    RequestOptions me = world.login(elsewhere);
    CityCode poolingArea = CityCode.of(world.agency.poolingArea(elsewhere.id()));
    assertThat(poolingArea).isNotEqualTo(SH);

    assertThat(shanghai.enrolments().list(me)).allMatch(e -> e.poolingArea().equals(poolingArea));
    assertThatThrownBy(() -> shanghai.contributions().list(ContributionQuery.all(), me))
        .isInstanceOfSatisfying(PoolingAreaMismatchException.class,
            e -> assertThat(e.poolingArea()).contains(poolingArea));
    assertThatThrownBy(() -> shanghai.medicalInsurance().get(me)).isInstanceOf(PoolingAreaMismatchException.class);

    SocialInsuranceClient there = world.client(poolingArea);
    assertThat(there.contributions().list(ContributionQuery.all(), me).data()).isNotEmpty();
    assertThat(there.medicalInsurance().get(me).insuredPlace()).isEqualTo(poolingArea);
  }

  @Test
  void someoneNeverInsuredHasNoRecord() {
    RequestOptions me = world.login(world.citizen(SH, Profile.NOT_INSURED));

    assertThat(shanghai.enrolments().list(me)).isEmpty();
    assertThat(shanghai.voluntaryContributions().list(me)).isEmpty();
    assertThatThrownBy(() -> shanghai.contributions().list(ContributionQuery.all(), me))
        .isInstanceOf(NotInsuredException.class);
    assertThatThrownBy(() -> shanghai.medicalInsurance().get(me)).isInstanceOf(NotInsuredException.class);
    assertThatThrownBy(() -> shanghai.accounts().list(null, me)).isInstanceOf(NotInsuredException.class);
  }

  @Test
  void aCertificateIsRequestedOnceBecomesReadyOnTheClockAndDownloads() throws Exception {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    RequestOptions me = world.login(employee).toBuilder().idempotencyKey("cert-order-1").build();
    CertificateRequest request = CertificateRequest.builder()
        .insuranceType(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION).insuranceType(InsuranceType.EMPLOYEE_MEDICAL)
        .from(YearMonth.of(2024, 1)).to(YearMonth.of(2026, 10)).purpose("购房资格").build();

    Certificate pending = shanghai.certificates().request(request, me);
    Certificate again = shanghai.certificates().request(request, me);

    assertThat(again.id()).isEqualTo(pending.id());
    assertThat(pending.status()).isEqualTo(CertificateStatus.PENDING);
    assertThat(pending.insuranceTypes()).containsExactly("110", "310");
    assertThatThrownBy(() -> shanghai.certificates().download(pending.id(), me))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("certificate_not_ready"));

    CompletableFuture<Certificate> waiting = shanghai.certificates().awaitReadyAsync(pending.id(), Duration.ofMinutes(1), me);
    world.clock.advance(Duration.ofSeconds(5));
    Certificate ready = waiting.get();

    assertThat(ready.status()).isEqualTo(CertificateStatus.READY);
    assertThat(ready.contentType()).isEqualTo("application/pdf");
    CertificateDocument pdf = shanghai.certificates().download(ready.id(), me);
    assertThat(pdf.size()).isEqualTo(ready.size().intValue());
    assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    shanghai.certificates().get(ready.id(), me);
    assertThat(world.events("social_insurance.certificate.ready")).hasSize(1)
        .allSatisfy(e -> assertThat(e.data().get("certificate_id").asText()).isEqualTo(ready.id()));
  }

  @Test
  void aCertificateCanFail() {
    RequestOptions me = world.login(world.citizen(SH, Profile.EMPLOYEE));
    Certificate pending = shanghai.certificates().request(
        CertificateRequest.builder().insuranceType(InsuranceType.UNEMPLOYMENT).build(), me);

    world.agency.failCertificate(pending.id());

    assertThat(shanghai.certificates().awaitReady(pending.id(), Duration.ofSeconds(30), me).status())
        .isEqualTo(CertificateStatus.FAILED);
    assertThatThrownBy(() -> shanghai.certificates().download(pending.id(), me)).isInstanceOf(ConflictException.class);
  }

  @Test
  void aCertificateCoversOnlyPostedMonthsAndInsuredTypesOfAVerifiedCitizen() {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    RequestOptions me = world.login(employee);
    CertificateRequest throughNovember = CertificateRequest.builder()
        .insuranceType(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION).to(THIS_MONTH()).build();

    assertThatThrownBy(() -> shanghai.certificates().request(throughNovember, me))
        .isInstanceOf(PeriodNotPostedException.class);
    assertThatThrownBy(() -> shanghai.certificates().request(
        CertificateRequest.builder().insuranceType(InsuranceType.RESIDENT_PENSION).build(), me))
        .isInstanceOf(NotInsuredException.class);

    world.agency.requireRealNameCheck(employee.id());
    CertificateRequest posted = CertificateRequest.builder().insuranceType(InsuranceType.MATERNITY).build();
    assertThatThrownBy(() -> shanghai.certificates().request(posted, me))
        .isInstanceOf(IdentityNotVerifiedException.class);
    world.agency.realNameChecked(employee.id());
    Certificate certificate = shanghai.certificates().request(posted, me);
    assertThat(certificate.to()).isEqualTo(THIS_MONTH().minusMonths(1));
  }

  @Test
  void aResidentPaysTheYearlyContributionOnceAndItPosts() {
    Citizen resident = world.citizen(SH, Profile.RESIDENT);
    RequestOptions me = world.login(resident).toBuilder().idempotencyKey("order-170-2026").build();

    List<VoluntaryContribution> dues = shanghai.voluntaryContributions().list(me);
    assertThat(dues.subList(0, 2)).extracting(VoluntaryContribution::year, VoluntaryContribution::insuranceType)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2027, InsuranceType.RESIDENT_MEDICAL),
            org.assertj.core.groups.Tuple.tuple(2026, InsuranceType.RESIDENT_PENSION));
    assertThat(dues.subList(0, 2)).allMatch(VoluntaryContribution::isDue);
    assertThat(dues.subList(2, dues.size())).allMatch(v -> v.status() == VoluntaryContributionStatus.PAID);
    VoluntaryContribution pension = dues.get(1);
    assertThat(pension.amount().amount()).isEqualTo(1_700_00L);

    VoluntaryContribution paid = shanghai.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(pension), me);
    VoluntaryContribution replayed = shanghai.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(pension), me);

    assertThat(paid.status()).isEqualTo(VoluntaryContributionStatus.PAID);
    assertThat(replayed.paymentId()).isEqualTo(paid.paymentId());
    assertThatThrownBy(() -> shanghai.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(pension),
        world.login(resident))).isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("not_due"));
    ContributionQuery thisYear = ContributionQuery.builder().insuranceType(InsuranceType.RESIDENT_PENSION)
        .from(YearMonth.of(2026, 1)).build();
    Contribution recorded = shanghai.contributions().list(thisYear, me).data().get(0);
    assertThat(recorded.status()).isEqualTo(ContributionStatus.NOT_POSTED);
    assertThat(recorded.base()).isNull();
    world.clock.advance(Duration.ofDays(3));
    RequestOptions later = world.login(resident);
    assertThat(shanghai.contributions().list(thisYear, later).data().get(0).isPosted()).isTrue();
    assertThat(world.events("social_insurance.contribution.posted")).hasSize(1);
  }

  @Test
  void aSuspendedEnrolmentTakesNoPaymentUntilResumed() {
    Citizen resident = world.citizen(SH, Profile.RESIDENT);
    RequestOptions me = world.login(resident);
    VoluntaryContribution medical = shanghai.voluntaryContributions().list(me).get(0);

    world.agency.suspend(resident.id(), "390");

    assertThat(shanghai.enrolments().list(me)).filteredOn(e -> e.insuranceType() == InsuranceType.RESIDENT_MEDICAL)
        .singleElement().satisfies(e -> {
          assertThat(e.status()).isEqualTo(EnrolmentStatus.SUSPENDED);
          assertThat(e.statusSince()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
    assertThatThrownBy(() -> shanghai.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(medical), me))
        .isInstanceOf(EnrolmentSuspendedException.class);
    world.agency.resume(resident.id(), "390");
    assertThat(shanghai.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(medical), me).isDue()).isFalse();
    world.agency.terminate(resident.id(), "170");
    assertThat(world.events("social_insurance.enrolment.changed")).extracting(e -> e.data().get("status").asText())
        .containsExactly("SUSPENDED", "INSURED", "TERMINATED");
  }

  @Test
  void aChangedAmountAnUnverifiedCitizenAndAClosedPeriodChargeNothing() {
    Citizen resident = world.citizen(SH, Profile.RESIDENT);
    RequestOptions me = world.login(resident);
    VoluntaryContribution pension = shanghai.voluntaryContributions().list(me).get(1);

    world.agency.changeAmountDue(resident.id(), pension.id(), io.cityservices.core.model.Money.cny(2_000_00));
    assertThatThrownBy(() -> shanghai.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(pension), me))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("amount_changed"));
    world.agency.requireRealNameCheck(resident.id());
    VoluntaryContribution changed = shanghai.voluntaryContributions().list(me).get(1);
    assertThatThrownBy(() -> shanghai.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(changed), me))
        .isInstanceOf(IdentityNotVerifiedException.class);

    world.clock.advance(Duration.ofDays(42));
    assertThat(shanghai.voluntaryContributions().list(world.login(resident))).filteredOn(v -> v.id().equals(pension.id()))
        .singleElement().extracting(VoluntaryContribution::status).isEqualTo(VoluntaryContributionStatus.OVERDUE);
  }

  @Test
  void theAsyncFormsAnswerAsTheBlockingOnes() throws Exception {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    RequestOptions me = world.login(employee);
    RequestOptions retiree = world.login(world.citizen(SH, Profile.RETIREE));
    RequestOptions resident = world.login(world.citizen(SH, Profile.RESIDENT));

    assertThat(shanghai.enrolments().listAsync(me).get()).isEqualTo(shanghai.enrolments().list(me));
    assertThat(shanghai.contributions().listAsync(ContributionQuery.all(), me).get())
        .isEqualTo(shanghai.contributions().list(ContributionQuery.all(), me));
    assertThat(shanghai.accounts().listAsync(2026, me).get()).isEqualTo(shanghai.accounts().list(2026, me));
    assertThat(shanghai.pensions().listAsync(PensionPaymentQuery.all(), retiree).get())
        .isEqualTo(shanghai.pensions().list(PensionPaymentQuery.all(), retiree));
    assertThat(shanghai.medicalInsurance().getAsync(me).get()).isEqualTo(shanghai.medicalInsurance().get(me));
    Certificate c = shanghai.certificates().requestAsync(
        CertificateRequest.builder().insuranceType(InsuranceType.WORK_INJURY).build(), me).get();
    world.clock.advance(Duration.ofSeconds(6));
    assertThat(shanghai.certificates().getAsync(c.id(), me).get().isReady()).isTrue();
    assertThat(shanghai.certificates().awaitReady(c.id(), Duration.ofSeconds(1), me).isReady()).isTrue();
    assertThat(shanghai.certificates().downloadAsync(c.id(), me).get())
        .isEqualTo(shanghai.certificates().download(c.id(), me));
    List<VoluntaryContribution> dues = shanghai.voluntaryContributions().listAsync(resident).get();
    assertThat(shanghai.voluntaryContributions().payAsync(PayVoluntaryContributionRequest.of(dues.get(0)), resident)
        .get().status()).isEqualTo(VoluntaryContributionStatus.PAID);
  }

  @Test
  void aCityWithoutTheServiceIsRefusedBeforeSending() {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    SocialInsuranceClient guangzhou = world.client(CityCode.GUANGZHOU);

    assertThatThrownBy(() -> guangzhou.enrolments().list(world.login(employee)))
        .isInstanceOf(ServiceNotOfferedException.class);
  }

  @Test
  void aDepartmentThatIsDownFailsTypedAndRecovers() {
    RequestOptions me = world.login(world.citizen(SH, Profile.EMPLOYEE));
    world.sandbox.faults().unavailable(CityCode.of("310000"), SocialInsuranceSandboxModule.DEPARTMENT);

    assertThatThrownBy(() -> shanghai.enrolments().list(me))
        .isInstanceOf(io.cityservices.core.error.DepartmentUnavailableException.class);
    world.sandbox.faults().reset();
    assertThat(world.client(SH).enrolments().list(me)).hasSize(5);
  }

  static YearMonth THIS_MONTH() {
    return SandboxWorld.THIS_MONTH;
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
