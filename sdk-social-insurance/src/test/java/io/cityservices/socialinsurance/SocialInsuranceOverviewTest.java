package io.cityservices.socialinsurance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.core.overview.OverviewQuery;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.Settlements;
import io.cityservices.core.overview.ToDo;
import io.cityservices.core.overview.UnavailableReason;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.socialinsurance.Profile;
import io.cityservices.testkit.socialinsurance.SocialInsuranceSandboxModule;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Social insurance's overview section against the sandbox, found through META-INF/services. */
class SocialInsuranceOverviewTest {
  static final CityCode SH = CityCode.SHANGHAI;
  final SandboxWorld world = new SandboxWorld();
  final CityServices services = world.services(SH);
  final SocialInsuranceClient shanghai = SocialInsuranceClient.create(services);

  @AfterEach
  void close() {
    world.close();
  }

  private CitizenToken login(Citizen citizen) {
    return SandboxLogin.citizenToken(services, citizen.id());
  }

  @Test
  void aResidentsYearlyContributionsDueAreToDosWithTheirAmounts() {
    CitizenToken token = login(world.citizen(SH, Profile.RESIDENT));
    RequestOptions me = RequestOptions.forCitizen(token);
    List<Enrolment> enrolments = shanghai.enrolments().list(me);
    List<VoluntaryContribution> due = shanghai.voluntaryContributions().list(me).stream()
        .filter(c -> c.status() == VoluntaryContributionStatus.DUE || c.status() == VoluntaryContributionStatus.OVERDUE)
        .toList();

    CitizenOverview overview = services.citizen(token).overview();

    assertThat(overview.sections()).extracting(OverviewSection::department)
        .containsExactly(SocialInsuranceSection.DEPARTMENT);
    SocialInsuranceSection section = overview.section(SocialInsuranceSection.class).orElseThrow();
    assertThat(due).isNotEmpty();
    assertThat(section.enrolments()).containsExactlyElementsOf(enrolments);
    assertThat(section.statusByType()).containsKeys(InsuranceType.RESIDENT_MEDICAL)
        .allSatisfy((type, status) -> assertThat(enrolments).anyMatch(e -> e.insuranceType() == type && e.status() == status));
    assertThat(section.contributionsDue()).containsExactlyElementsOf(due);
    assertThat(section.missingMonths()).isEmpty();
    assertThat(section.counts()).containsEntry("contributions due", due.size()).containsEntry("months missing", 0);
    assertThat(overview.totalOwed()).isEqualTo(Money.sum(due.get(0).amount().currency(),
        due.stream().map(VoluntaryContribution::amount).toList()));
    assertThat(overview.toDos()).extracting(ToDo::reference)
        .containsExactlyInAnyOrderElementsOf(due.stream().map(VoluntaryContribution::id).toList());
    assertThat(overview.toDos()).allSatisfy(t -> {
      VoluntaryContribution c = due.stream().filter(d -> d.id().equals(t.reference())).findFirst().orElseThrow();
      assertThat(t.amount()).isEqualTo(c.amount());
      assertThat(t.dueOn()).isEqualTo(c.dueOn());
      assertThat(t.overdue()).isEqualTo(c.status() == VoluntaryContributionStatus.OVERDUE);
    });

    shanghai.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(due.get(0)), me);
    assertThat(services.citizen(token).overview().toDos()).extracting(ToDo::reference).doesNotContain(due.get(0).id());
  }

  @Test
  void aResidentsContributionToDoIsSettledOnceWhateverTheNumberOfRuns() {
    CitizenToken token = login(world.citizen(SH, Profile.RESIDENT));
    CitizenView citizen = services.citizen(token);
    List<ToDo> due = citizen.overview().toDos().stream().filter(ToDo::payable).toList();
    assertThat(due).isNotEmpty();

    Settlements first = citizen.settle(due);
    Settlements again = citizen.settle(due);

    assertThat(first.allPaid()).isTrue();
    assertThat(again.allPaid()).isTrue();
    // The second run sent the same keys: the platform replayed its payments instead of taking new ones.
    assertThat(again.paid()).extracting(p -> p.receipt().paymentId())
        .containsExactlyElementsOf(first.paid().stream().map(p -> p.receipt().paymentId()).toList());
    assertThat(first.paid()).allSatisfy(p -> assertThat(p.receipt().amount()).isEqualTo(p.toDo().amount()));
    assertThat(shanghai.voluntaryContributions().list(RequestOptions.forCitizen(token)))
        .filteredOn(c -> due.stream().anyMatch(t -> t.reference().equals(c.id())))
        .allSatisfy(c -> assertThat(c.status()).isEqualTo(VoluntaryContributionStatus.PAID));
    assertThat(citizen.overview().toDos()).noneMatch(ToDo::payable);
  }

  @Test
  void anEmployeesMissingMonthsAreTheGapsOfTheContributionHistory() {
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    CitizenToken token = login(employee);
    YearMonth to = SandboxWorld.THIS_MONTH.minusMonths(1);
    YearMonth from = to.minusMonths(SocialInsuranceSection.GAP_WINDOW_MONTHS - 1);
    List<Contribution> history = shanghai.contributions()
        .listAll(ContributionQuery.builder().from(from).to(to).build(), RequestOptions.forCitizen(token)).stream().toList();
    List<YearMonth> pensionGaps = ContributionGaps.missingMonths(history, InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, from, to);

    SocialInsuranceSection section = services.citizen(token).overview().section(SocialInsuranceSection.class).orElseThrow();

    assertThat(pensionGaps).isNotEmpty()
        .isEqualTo(world.agency.seededGaps(employee.id(), "110", from, to));
    assertThat(section.missingMonths()).containsEntry(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, pensionGaps);
    assertThat(section.statusByType()).containsEntry(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, EnrolmentStatus.INSURED);
    assertThat(section.counts().get("months missing"))
        .isEqualTo(section.missingMonths().values().stream().mapToInt(List::size).sum());
    // Counts and the total only: no employer, month or amount of the history.
    assertThat(section.toString()).doesNotContain(employee.id(), from.toString(), "employer");
  }

  @Test
  void someoneNeverInsuredHasAnEmptySection() {
    SocialInsuranceSection section = services.citizen(login(world.citizen(SH, Profile.NOT_INSURED))).overview()
        .section(SocialInsuranceSection.class).orElseThrow();

    assertThat(section.counts().values()).containsOnly(0);
    assertThat(section.toDos()).isEmpty();
  }

  @Test
  void aCityWithoutSocialInsuranceIsNotOfferedAndNothingIsSentThere() {
    CitizenToken token = login(world.citizen(SH, Profile.EMPLOYEE));

    CitizenOverview overview = services.citizen(token)
        .overview(OverviewQuery.cities(SH, CityCode.GUANGZHOU), RequestOptions.none());

    assertThat(overview.sections()).extracting(OverviewSection::city, OverviewSection::status).containsExactly(
        Tuple.tuple(SH, SectionStatus.AVAILABLE), Tuple.tuple(CityCode.GUANGZHOU, SectionStatus.NOT_OFFERED));
    assertThat(world.sandbox.requests()).noneMatch(r -> r.getUrl().startsWith("/v1/cities/440100/"));
    assertThat(world.sandbox.requests()).anyMatch(r -> r.getUrl().startsWith("/v1/cities/310000/social-insurance/"));
  }

  @Test
  void socialInsuranceDownLeavesItsSectionUnavailable() {
    CitizenToken token = login(world.citizen(SH, Profile.EMPLOYEE));
    world.sandbox.faults().unavailable(CityCode.of("310000"), SocialInsuranceSandboxModule.DEPARTMENT);

    CitizenOverview overview = services.citizen(token).overview();

    assertThat(overview.section(OverviewSection.Unavailable.class)).get()
        .extracting(OverviewSection.Unavailable::reason)
        .isIn(UnavailableReason.DEPARTMENT_UNAVAILABLE, UnavailableReason.CIRCUIT_OPEN);
  }
}
