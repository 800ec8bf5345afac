package io.cityservices.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.OverviewQuery;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.ToDo;
import io.cityservices.core.overview.UnavailableReason;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.traffic.TrafficSandbox;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Traffic's overview section against the sandbox, found through META-INF/services. */
@CitySandboxTest
class TrafficOverviewTest {
  CitySandbox sandbox;

  private CityServices services;
  private TrafficClient traffic;
  private CitizenToken citizen;
  private RequestOptions asCitizen;

  @BeforeEach
  void connect() {
    services = SandboxClients.client(sandbox, CityCode.SHANGHAI);
    traffic = TrafficClient.create(services);
    citizen = SandboxClients.citizenToken(services, sandbox, sandbox.seed().firstCitizen(CityCode.SHANGHAI).id());
    asCitizen = RequestOptions.forCitizen(citizen);
  }

  @AfterEach
  void close() {
    services.close();
  }

  private List<Violation> unpaid() {
    return traffic.violations().listAll(ViolationQuery.ownVehicles().build(), asCitizen).stream()
        .filter(Violation::isPayable).toList();
  }

  @Test
  void theTrafficSectionHoldsTheUnpaidFinesAndTheLicenceWithAToDoPerFine() {
    List<Violation> unpaid = unpaid();

    CitizenOverview overview = services.citizen(citizen).overview();

    // Only this module contributes on this classpath: no other department appears.
    assertThat(overview.sections()).extracting(OverviewSection::department).containsExactly(TrafficSection.DEPARTMENT);
    TrafficSection section = overview.section(TrafficSection.class).orElseThrow();
    assertThat(unpaid).isNotEmpty();
    assertThat(section.unpaidViolations()).containsExactlyInAnyOrderElementsOf(unpaid);
    assertThat(section.licence()).isEqualTo(traffic.licence().get(asCitizen));
    assertThat(section.counts()).containsEntry("unpaid fines", unpaid.size())
        .containsEntry("licence points", section.licence().points());
    Money owed = Money.sum(Currency.getInstance("CNY"), unpaid.stream().map(Violation::amountDue).toList());
    assertThat(section.amountOwed()).contains(owed);
    assertThat(overview.totalOwed()).isEqualTo(owed);
    List<ToDo> fines = overview.toDos().stream().filter(t -> t.amount() != null).toList();
    assertThat(fines).extracting(ToDo::reference).containsExactlyInAnyOrderElementsOf(unpaid.stream().map(Violation::id).toList());
    assertThat(fines).allSatisfy(t -> assertThat(t.operation()).isEqualTo("traffic.fines().pay(violation, options)"));
    assertThat(overview.toDos()).isSortedAccordingTo(ToDo.BY_DUE_DATE);
  }

  @Test
  void noPlateOrLicenceNumberReachesToString() {
    CitizenOverview overview = services.citizen(citizen).overview();
    TrafficSection section = overview.section(TrafficSection.class).orElseThrow();

    String printed = overview.toString() + overview.toDos();
    for (Violation v : section.unpaidViolations()) {
      assertThat(printed).doesNotContain(v.plate().value());
    }
    assertThat(printed).doesNotContain(section.licence().number());
    assertThat(overview.toDos()).filteredOn(t -> t.title().startsWith("Pay the fine for"))
        .allSatisfy(t -> assertThat(t.title()).contains("***"));
  }

  @Test
  void payingTheFineOfAToDoTakesItOffTheNextOverview() {
    CitizenOverview before = services.citizen(citizen).overview();
    ToDo first = before.toDos().stream().filter(t -> t.reference() != null).findFirst().orElseThrow();

    traffic.fines().pay(traffic.violations().get(first.reference(), asCitizen), asCitizen);
    CitizenOverview after = services.citizen(citizen).overview();

    assertThat(after.toDos()).extracting(ToDo::reference).doesNotContain(first.reference());
    assertThat(after.totalOwed()).isEqualTo(before.totalOwed().minus(first.amount()));
  }

  @Test
  void trafficDownLeavesItsSectionUnavailableWithTheReason() {
    sandbox.faults().unavailable(CityCode.of("310000"), TrafficSandbox.DEPARTMENT);

    CitizenOverview overview = services.citizen(citizen).overview();

    assertThat(overview.complete()).isFalse();
    assertThat(overview.section(OverviewSection.Unavailable.class)).get().satisfies(u -> {
      assertThat(u.department()).isEqualTo("traffic");
      assertThat(u.reason()).isIn(UnavailableReason.DEPARTMENT_UNAVAILABLE, UnavailableReason.CIRCUIT_OPEN);
      assertThat(u.code()).isIn("department_unavailable", "circuit_open");
    });
    assertThat(overview.totalOwed().isZero()).isTrue();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // guards against a hang only; nothing is timed
  void trafficSlowerThanTheDeadlineIsUnavailableWithTimeout() {
    services.catalog(); // cached from here on, so that the deadline is spent on traffic alone
    sandbox.faults().slow(CityCode.of("310000"), TrafficSandbox.DEPARTMENT, Duration.ofSeconds(3));

    CitizenOverview overview = services.citizen(citizen)
        .overview(OverviewQuery.defaultCity(), RequestOptions.builder().timeout(Duration.ofSeconds(1)).build());

    assertThat(overview.section(OverviewSection.Unavailable.class)).get()
        .extracting(OverviewSection.Unavailable::reason).isEqualTo(UnavailableReason.TIMEOUT);
    assertThat(sandbox.requests()).anyMatch(r -> r.getUrl().startsWith("/v1/cities/310000/traffic/"));
  }
}
