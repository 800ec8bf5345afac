package io.cityservices.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.core.overview.OverviewQuery;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import io.cityservices.core.overview.UnavailableReason;
import io.cityservices.health.HealthSection;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.traffic.TrafficSection;
import io.cityservices.traffic.Violation;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.UtilitiesSection;
import java.time.Duration;
import java.util.Currency;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The SDK's overview with every department module on the classpath (as an app depending on all of
 * them has), against the sandbox: all answer, one is down, one is slow past the deadline, a city
 * lacks one.
 */
class CitizenOverviewAcrossDepartmentsTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  static ExampleEnvironment env;
  static CitySandbox sandbox;
  static CitizenView citizen;

  @BeforeAll
  static void start() {
    env = ExampleEnvironment.sandbox(CityCode.SHANGHAI);
    sandbox = env.sandbox().orElseThrow();
    citizen = env.client().citizen(env.citizen());
  }

  @AfterAll
  static void stop() {
    env.close();
  }

  @BeforeEach
  void healthy() {
    sandbox.faults().reset();
  }

  @Test
  void everyDepartmentOnTheClasspathAnswersAndTheTotalIsFinesPlusBills() {
    CitizenOverview overview = citizen.overview();

    // Subsequences: department modules added later contribute sections of their own in between.
    assertThat(overview.sections()).extracting(OverviewSection::department, OverviewSection::status).containsSubsequence(
        tuple("health", SectionStatus.AVAILABLE), tuple("traffic", SectionStatus.AVAILABLE),
        tuple("utilities", SectionStatus.AVAILABLE));
    assertThat(overview.complete()).isTrue();
    TrafficSection traffic = overview.section(TrafficSection.class).orElseThrow();
    UtilitiesSection utilities = overview.section(UtilitiesSection.class).orElseThrow();
    assertThat(overview.section(HealthSection.class)).isPresent();
    assertThat(traffic.unpaidViolations()).isNotEmpty();
    assertThat(utilities.outstandingBills()).isNotEmpty();
    Money expected = Money.sum(CNY, Stream.concat(
        traffic.unpaidViolations().stream().map(Violation::amountDue),
        utilities.outstandingBills().stream().map(Bill::amountDue)).toList());
    assertThat(overview.totalOwed()).isEqualTo(expected.plus(owedToOthers(overview)));
    assertThat(overview.toDos()).isSortedAccordingTo(ToDo.BY_DUE_DATE)
        .extracting(ToDo::department).contains("traffic", "utilities");
  }

  /** What departments other than traffic and utilities (none yet, more as modules land) say is owed. */
  private static Money owedToOthers(CitizenOverview overview) {
    return Money.sum(CNY, overview.sections().stream()
        .filter(s -> !s.department().equals("traffic") && !s.department().equals("utilities"))
        .flatMap(s -> s.amountOwed().stream())
        .toList());
  }

  @Test
  void aDepartmentThatIsDownLeavesItsSectionUnavailableAndTheRestIntact() {
    sandbox.faults().unavailable(CityCode.SHANGHAI, DepartmentName.of("utilities"));

    CitizenOverview overview = citizen.overview();

    assertThat(overview.complete()).isFalse();
    assertThat(overview.section("utilities", CityCode.SHANGHAI)).get()
        .isInstanceOfSatisfying(OverviewSection.Unavailable.class, u -> assertThat(u.reason())
            .isIn(UnavailableReason.DEPARTMENT_UNAVAILABLE, UnavailableReason.CIRCUIT_OPEN));
    TrafficSection traffic = overview.section(TrafficSection.class).orElseThrow();
    assertThat(overview.section(HealthSection.class)).isPresent();
    assertThat(overview.totalOwed()).isEqualTo(traffic.amountOwed().orElseThrow().plus(owedToOthers(overview)));
    assertThat(overview.toDos()).extracting(ToDo::department).doesNotContain("utilities");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS) // guards against a hang only; nothing is timed
  void aDepartmentSlowerThanTheDeadlineIsUnavailableWithTimeoutAndTheRestArrive() {
    citizen.overview(); // warm: catalog cached, keys fetched
    sandbox.faults().slow(CityCode.SHANGHAI, DepartmentName.of("health"), Duration.ofSeconds(8));

    CitizenOverview overview = citizen.overview(
        OverviewQuery.defaultCity(), RequestOptions.builder().timeout(Duration.ofSeconds(3)).build());

    assertThat(overview.section("health", CityCode.SHANGHAI)).get()
        .isInstanceOfSatisfying(OverviewSection.Unavailable.class,
            u -> assertThat(u.reason()).isEqualTo(UnavailableReason.TIMEOUT));
    assertThat(overview.section(TrafficSection.class)).isPresent();
    assertThat(overview.section(UtilitiesSection.class)).isPresent();
  }

  @Test
  void severalCitiesAndOneWithoutHealthWhichIsNotAsked() {
    CitizenOverview overview = citizen.overview(OverviewQuery.cities(CityCode.SHANGHAI, CityCode.GUANGZHOU), RequestOptions.none());

    assertThat(overview.sections()).extracting(OverviewSection::city, OverviewSection::department, OverviewSection::status)
        .containsSubsequence(
            tuple(CityCode.SHANGHAI, "health", SectionStatus.AVAILABLE),
            tuple(CityCode.SHANGHAI, "traffic", SectionStatus.AVAILABLE),
            tuple(CityCode.SHANGHAI, "utilities", SectionStatus.AVAILABLE),
            tuple(CityCode.GUANGZHOU, "health", SectionStatus.NOT_OFFERED),
            tuple(CityCode.GUANGZHOU, "traffic", SectionStatus.AVAILABLE),
            tuple(CityCode.GUANGZHOU, "utilities", SectionStatus.AVAILABLE));
    assertThat(sandbox.requests()).noneMatch(r -> r.getUrl().startsWith("/v1/cities/440100/health"));
    assertThat(sandbox.requests()).anyMatch(r -> r.getUrl().startsWith("/v1/cities/440100/traffic"));
  }
}
