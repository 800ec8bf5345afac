package io.cityservices.examples.overview;

import io.cityservices.testkit.traffic.TrafficSandbox;
import io.cityservices.testkit.utilities.UtilitiesSandbox;
import io.cityservices.testkit.health.HealthSandboxModule;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.examples.ExampleEnvironment;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.traffic.Violation;
import io.cityservices.utilities.Bill;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CitizenOverviewTest {

  static ExampleEnvironment env;
  static CitySandbox sandbox;
  static CitizenOverview overviews;

  @BeforeAll
  static void start() {
    env = ExampleEnvironment.sandbox(CityCode.SHANGHAI);
    sandbox = env.sandbox().orElseThrow();
    overviews = new CitizenOverview(env.client(), CityCode.SHANGHAI, Clock.systemDefaultZone());
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
  void everySectionAnswersAndTheTotalIsFinesPlusBills() {
    Overview overview = overviews.fetch(env.citizen());

    assertThat(overview.complete()).isTrue();
    List<Violation> fines = overview.unpaidViolations().value().orElseThrow();
    List<Bill> bills = overview.outstandingBills().value().orElseThrow();
    assertThat(fines).isNotEmpty().allMatch(Violation::isPayable);
    assertThat(bills).isNotEmpty();
    Money expected = Money.zero(Currency.getInstance("CNY"));
    for (Violation v : fines) {
      expected = expected.plus(v.amountDue());
    }
    for (Bill b : bills) {
      expected = expected.plus(b.amountDue());
    }
    assertThat(overview.totalOwed()).isEqualTo(expected);
    assertThat(overview.toDos()).hasSizeGreaterThanOrEqualTo(fines.size() + bills.size());
    assertThat(overview.toDos()).allSatisfy(t -> assertThat(t.operation()).isNotBlank());
  }

  @Test
  void aDepartmentThatIsDownLeavesItsSectionUnavailableAndTheRestIntact() {
    sandbox.faults().unavailable(CityCode.SHANGHAI, UtilitiesSandbox.DEPARTMENT);

    Overview overview = overviews.fetch(env.citizen());

    assertThat(overview.complete()).isFalse();
    assertThat(overview.outstandingBills()).isInstanceOfSatisfying(Section.Unavailable.class, u -> {
      assertThat(u.department()).isEqualTo("utilities");
      assertThat(u.code()).isIn("department_unavailable", "circuit_open");
    });
    assertThat(overview.unpaidViolations().value()).isPresent();
    assertThat(overview.licence().value()).isPresent();
    assertThat(overview.upcomingAppointments().value()).isPresent();
    Money fines = overview.unpaidViolations().value().orElseThrow().stream()
        .map(Violation::amountDue).reduce(Money.zero(Currency.getInstance("CNY")), Money::plus);
    assertThat(overview.totalOwed()).isEqualTo(fines);
  }

  @Test
  void latencyIsThatOfTheSlowestDepartmentNotTheSum() {
    overviews.fetch(env.citizen());
    Duration healthy = overviews.fetch(env.citizen()).elapsed();
    Duration slow = Duration.ofMillis(800);
    sandbox.faults().slow(CityCode.SHANGHAI, HealthSandboxModule.DEPARTMENT, slow);
    Overview oneSlow = overviews.fetch(env.citizen());
    sandbox.faults().slow(CityCode.SHANGHAI, UtilitiesSandbox.DEPARTMENT, slow).slow(CityCode.SHANGHAI, TrafficSandbox.DEPARTMENT, slow);
    Overview allSlow = overviews.fetch(env.citizen());

    assertThat(oneSlow.complete()).isTrue();
    assertThat(allSlow.complete()).isTrue();
    // Logged, not asserted: timings on a shared machine are not a test. Fetched one after another,
    // the five calls with every department 800 ms slow would take at least 5 x 800 ms.
    System.out.printf(
        "overview latency: healthy %d ms; health %d ms slow: %d ms; every department %d ms slow: %d ms"
            + " (sequential would be >= %d ms)%n",
        healthy.toMillis(), slow.toMillis(), oneSlow.elapsed().toMillis(), slow.toMillis(),
        allSlow.elapsed().toMillis(), 5 * slow.toMillis());
  }
}
