package io.cityservices.exitentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.OverviewQuery;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.UnavailableReason;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exit-entry's overview section against the sandbox, found through META-INF/services. */
@CitySandboxTest
class ExitEntryOverviewTest {
  CitySandbox sandbox;
  private CityServices services;
  private ExitEntryClient exitEntry;
  private CitizenToken token;
  private RequestOptions citizen;

  @BeforeEach
  void setUp() {
    services = SandboxClients.client(sandbox, CityCode.SHANGHAI);
    exitEntry = ExitEntryClient.create(services);
    token = SandboxClients.login(services, sandbox.seed().firstCitizen(CityCode.SHANGHAI).id());
    citizen = RequestOptions.forCitizen(token);
  }

  @AfterEach
  void tearDown() {
    services.close();
  }

  @Test
  void theSectionAgreesWithTheModulesOwnListsAndNamesNoNumber() {
    CitizenOverview overview = services.citizen(token).overview();

    ExitEntrySection section = overview.section(ExitEntrySection.class).orElseThrow();
    LocalDate today = LocalDate.now(SandboxClients.ZONE);
    assertThat(section.expiringDocuments()).extracting(TravelDocument::number)
        .containsExactlyInAnyOrderElementsOf(exitEntry.documents().list(citizen).stream()
            .filter(d -> d.status() == DocumentStatus.VALID && d.expiresWithinSixMonths(today))
            .map(TravelDocument::number).toList())
        .isNotEmpty();
    assertThat(section.applicationsInProgress()).extracting(Application::receiptNumber)
        .isSubsetOf(exitEntry.applications().listAll(ApplicationQuery.all(), citizen).stream()
            .map(Application::receiptNumber).toList())
        .isNotEmpty();
    assertThat(section.counts()).containsEntry("documents expiring", section.expiringDocuments().size());
    assertThat(overview.toDos()).anySatisfy(t -> assertThat(t.title()).startsWith("Renew your passport"));
    String shown = overview.toString() + overview.toDos();
    section.expiringDocuments().forEach(d -> assertThat(shown).doesNotContain(d.number().value()));
  }

  @Test
  void aCityWithoutExitEntryIsNotOfferedAndNothingIsSentThere() {
    CitizenOverview overview = services.citizen(token)
        .overview(OverviewQuery.cities(CityCode.SHANGHAI, CityCode.SHENZHEN), RequestOptions.none());

    assertThat(overview.sections()).extracting(OverviewSection::city, OverviewSection::status).containsExactly(
        tuple(CityCode.SHANGHAI, SectionStatus.AVAILABLE), tuple(CityCode.SHENZHEN, SectionStatus.NOT_OFFERED));
    assertThat(sandbox.requests()).noneMatch(r -> r.getUrl().startsWith("/v1/cities/440300/"));
  }

  @Test
  void exitEntryDownLeavesItsSectionUnavailable() {
    sandbox.faults().unavailable(CityCode.SHANGHAI, DepartmentName.of("exit-entry"));

    CitizenOverview overview = services.citizen(token).overview();

    assertThat(overview.section(OverviewSection.Unavailable.class)).get()
        .extracting(OverviewSection.Unavailable::reason)
        .isIn(UnavailableReason.DEPARTMENT_UNAVAILABLE, UnavailableReason.CIRCUIT_OPEN);
  }
}
