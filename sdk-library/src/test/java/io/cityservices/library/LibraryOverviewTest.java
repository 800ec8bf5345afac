package io.cityservices.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.OverviewQuery;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import io.cityservices.core.overview.UnavailableReason;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.library.LibrarySandbox;
import io.cityservices.testkit.library.LibrarySandboxModule;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library's overview section against the sandbox, found through META-INF/services. */
@CitySandboxTest
class LibraryOverviewTest {

  private static final String READER = "c-310000-001";

  CitySandbox sandbox;
  private CityServices services;
  private LibraryClient library;
  private CitizenToken token;
  private RequestOptions asReader;

  @BeforeEach
  void connect() {
    services = CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .defaultCity(CityCode.SHANGHAI)
        .clock(sandbox.clock())
        .build();
    library = LibraryClient.create(services);
    token = SandboxLogin.citizenToken(services, READER);
    asReader = RequestOptions.forCitizen(token);
  }

  @AfterEach
  void close() {
    services.close();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(sandbox.clock().instant(), ZoneOffset.ofHours(8));
  }

  @Test
  void theSectionMatchesTheAccountAndTheOutstandingCharges() {
    ReaderAccount account = library.account().get(asReader);
    List<Charge> outstanding = library.charges().listAll(ChargeQuery.outstanding(), asReader).stream().toList();

    CitizenOverview overview = services.citizen(token).overview();

    assertThat(overview.sections()).extracting(OverviewSection::department).containsExactly(LibrarySection.DEPARTMENT);
    LibrarySection section = overview.section(LibrarySection.class).orElseThrow();
    List<Loan> dueSoon = account.loansDueWithin(today(), LibrarySection.LOAN_LOOK_AHEAD_DAYS);
    assertThat(account.overdueLoans()).isNotEmpty();
    assertThat(account.holdsReadyForPickup()).isNotEmpty();
    assertThat(outstanding).isNotEmpty();
    assertThat(section.overdueLoans()).containsExactlyElementsOf(account.overdueLoans());
    assertThat(section.loansDueSoon()).isNotEmpty().containsExactlyElementsOf(dueSoon);
    assertThat(section.holdsReadyForPickup()).containsExactlyElementsOf(account.holdsReadyForPickup());
    assertThat(section.outstandingCharges()).containsExactlyInAnyOrderElementsOf(outstanding);
    assertThat(section.amountOwed()).contains(account.totalOwed());
    assertThat(overview.totalOwed()).isEqualTo(Money.sum(account.totalOwed().currency(), outstanding.stream().map(Charge::amount).toList()));
    assertThat(section.counts()).containsEntry("overdue loans", account.overdueLoans().size())
        .containsEntry("loans due soon", dueSoon.size())
        .containsEntry("holds ready", account.holdsReadyForPickup().size())
        .containsEntry("charges owed", outstanding.size());

    assertThat(overview.toDos()).extracting(ToDo::reference).containsExactlyInAnyOrderElementsOf(Stream.of(
            account.overdueLoans().stream().map(Loan::id), dueSoon.stream().map(Loan::id),
            account.holdsReadyForPickup().stream().map(Hold::id), outstanding.stream().map(Charge::id))
        .flatMap(s -> s).toList());
    assertThat(overview.toDos()).filteredOn(t -> account.overdueLoans().stream().anyMatch(l -> l.id().equals(t.reference())))
        .isNotEmpty().allSatisfy(t -> assertThat(t.overdue()).isTrue());
    assertThat(overview.toDos()).filteredOn(t -> dueSoon.stream().anyMatch(l -> l.id().equals(t.reference())))
        .allSatisfy(t -> assertThat(t.overdue()).isFalse());
    assertThat(overview.toDos()).filteredOn(t -> outstanding.stream().anyMatch(c -> c.id().equals(t.reference())))
        .allSatisfy(t -> assertThat(t.amount()).isNotNull());
    assertThat(overview.toDos()).isSortedAccordingTo(ToDo.BY_DUE_DATE);

    // What a person borrows is personal data: no title, card number or item in the section or the to-dos.
    String shown = overview.toString() + section + overview.toDos();
    assertThat(shown).doesNotContain(account.card().cardNumber());
    Stream.concat(account.loans().stream().map(Loan::itemTitle), account.holds().stream().map(Hold::itemTitle))
        .forEach(title -> assertThat(shown).doesNotContain(title));
    account.loans().forEach(l -> assertThat(shown).doesNotContain(l.itemId()));
  }

  @Test
  void aCitizenWithoutACardHasAnEmptySection() {
    String noCard = sandbox.data(LibrarySandbox.class).citizensWithoutCard(CityCode.SHANGHAI).keySet().iterator().next();

    CitizenOverview overview = services.citizen(SandboxLogin.citizenToken(services, noCard)).overview();

    LibrarySection section = overview.section(LibrarySection.class).orElseThrow();
    assertThat(section.counts().values()).containsOnly(0);
    assertThat(section.toDos()).isEmpty();
    assertThat(section.amountOwed().orElseThrow().isZero()).isTrue();
  }

  @Test
  void aCityWithoutALibraryIsNotOfferedAndNoLibraryRequestIsSent() {
    CitizenOverview overview = services.citizen(token)
        .overview(OverviewQuery.cities(CityCode.SHANGHAI, CityCode.GUANGZHOU), RequestOptions.none());

    assertThat(overview.sections()).extracting(OverviewSection::city, OverviewSection::status).containsExactly(
        Tuple.tuple(CityCode.SHANGHAI, SectionStatus.AVAILABLE),
        Tuple.tuple(CityCode.GUANGZHOU, SectionStatus.NOT_OFFERED));
    assertThat(overview.complete()).isTrue();
    assertThat(sandbox.requests()).noneMatch(r -> r.getUrl().startsWith("/v1/cities/440100/"));
    assertThat(sandbox.requests()).anyMatch(r -> r.getUrl().startsWith("/v1/cities/310000/library/"));
  }

  @Test
  void libraryDownLeavesItsSectionUnavailable() {
    sandbox.faults().unavailable(CityCode.of("310000"), LibrarySandboxModule.DEPARTMENT);

    CitizenOverview overview = services.citizen(token).overview();

    assertThat(overview.section(OverviewSection.Unavailable.class)).get()
        .extracting(OverviewSection.Unavailable::reason)
        .isIn(UnavailableReason.DEPARTMENT_UNAVAILABLE, UnavailableReason.CIRCUIT_OPEN);
    assertThat(overview.toString()).doesNotContain(READER);
  }
}
