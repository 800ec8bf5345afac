package io.cityservices.utilities;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.ToDo;
import io.cityservices.core.overview.UnavailableReason;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.utilities.SeededAccount;
import io.cityservices.testkit.utilities.UtilitiesData;
import io.cityservices.testkit.utilities.UtilitiesSandbox;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Utilities' overview section against the sandbox, found through META-INF/services. */
@CitySandboxTest
class UtilitiesOverviewTest {

  private static final String CITIZEN = "c-310000-001";

  private CitySandbox sandbox;
  private CityServices services;
  private UtilitiesClient utilities;
  private CitizenToken token;
  private RequestOptions asCitizen;

  @BeforeEach
  void connect() {
    services = CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .defaultCity(CityCode.SHANGHAI)
        .build();
    utilities = UtilitiesClient.create(services);
    token = SandboxLogin.citizenToken(services, CITIZEN);
    asCitizen = RequestOptions.forCitizen(token);
    bindPostpaidAccounts();
  }

  /** As the citizen would have done once in the app, unless the seed already did. */
  private void bindPostpaidAccounts() {
    if (!utilities.accounts().list(asCitizen).isEmpty()) {
      return;
    }
    List<UtilityCompany> companies = utilities.companies().list(null, RequestOptions.none());
    for (SeededAccount account : sandbox.data(UtilitiesData.class).accountsOf(CITIZEN)) {
      companies.stream()
          .filter(c -> !account.prepaid() && c.companyCode().equals(account.companyCode()))
          .findFirst()
          .ifPresent(c -> utilities.accounts().bind(BindAccountRequest.of(c, account.accountNumber()), asCitizen));
    }
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void theSectionHoldsEveryOutstandingBillWithAToDoEach() {
    List<Bill> outstanding = utilities.bills().listAll(BillQuery.outstanding(), asCitizen).stream().toList();

    CitizenOverview overview = services.citizen(token).overview();

    assertThat(overview.sections()).extracting(OverviewSection::department).containsExactly(UtilitiesSection.DEPARTMENT);
    UtilitiesSection section = overview.section(UtilitiesSection.class).orElseThrow();
    assertThat(outstanding).isNotEmpty();
    assertThat(section.outstandingBills()).containsExactlyInAnyOrderElementsOf(outstanding);
    assertThat(section.counts()).containsEntry("outstanding bills", outstanding.size());
    assertThat(overview.totalOwed()).isEqualTo(outstanding.stream().map(Bill::amountDue).reduce(io.cityservices.core.model.Money::plus).orElseThrow());
    assertThat(overview.toDos()).extracting(ToDo::reference)
        .containsExactlyInAnyOrderElementsOf(outstanding.stream().map(Bill::id).toList());
    assertThat(overview.toDos()).filteredOn(t -> outstanding.stream()
            .anyMatch(b -> b.id().equals(t.reference()) && b.status() == BillStatus.OVERDUE))
        .isNotEmpty().allSatisfy(t -> assertThat(t.overdue()).isTrue());
    assertThat(overview.toDos()).isSortedAccordingTo(ToDo.BY_DUE_DATE)
        .allSatisfy(t -> assertThat(t.dueOn()).isNotNull());
  }

  @Test
  void payingTheBillsOfTheToDosEmptiesTheSection() {
    CitizenOverview before = services.citizen(token).overview();

    utilities.payments().pay(PayBillsRequest.of(before.section(UtilitiesSection.class).orElseThrow().outstandingBills()), asCitizen);
    CitizenOverview after = services.citizen(token).overview();

    assertThat(after.toDos()).isEmpty();
    assertThat(after.totalOwed().isZero()).isTrue();
  }

  @Test
  void utilitiesDownLeavesItsSectionUnavailable() {
    sandbox.faults().unavailable(CityCode.of("310000"), UtilitiesSandbox.DEPARTMENT);

    CitizenOverview overview = services.citizen(token).overview();

    assertThat(overview.section(OverviewSection.Unavailable.class)).get()
        .extracting(OverviewSection.Unavailable::reason)
        .isIn(UnavailableReason.DEPARTMENT_UNAVAILABLE, UnavailableReason.CIRCUIT_OPEN);
    assertThat(overview.toString()).doesNotContain(CITIZEN);
  }
}
