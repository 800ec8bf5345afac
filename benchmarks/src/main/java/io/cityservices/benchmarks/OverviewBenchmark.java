package io.cityservices.benchmarks;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.examples.ExampleEnvironment;
import io.cityservices.health.AppointmentQuery;
import io.cityservices.health.AppointmentStatus;
import io.cityservices.health.HealthClient;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.TrafficSection;
import io.cityservices.traffic.VehicleQuery;
import io.cityservices.traffic.ViolationQuery;
import io.cityservices.utilities.BillQuery;
import io.cityservices.utilities.UtilitiesClient;
import io.cityservices.utilities.UtilitiesSection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The citizen-overview fan-out against the in-process sandbox ({@link CitySandbox}): the SDK's
 * {@code city.citizen(token).overview()} (every department module on the classpath at once:
 * traffic violations, licence and vehicles, outstanding utility bills, booked health appointments,
 * each list followed to its last page, after the cached catalog) against the same five reads made
 * one after another with the blocking API. With {@code slowMs > 0} every
 * department (traffic, utilities, health of Shanghai) answers after that delay (the sandbox's
 * {@code slow} fault), so the parallel overview should take about one delay and the sequential
 * calls about five.
 *
 * <p>The set-up is the examples' own ({@link ExampleEnvironment#sandbox}): a fresh sandbox, its
 * default app's credentials, the first seeded Shanghai citizen logged in with {@code
 * SandboxLogin.citizenToken}, and that citizen's postpaid water and electricity accounts bound, so
 * that every section has data.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class OverviewBenchmark {

  /** The delay of every department, in milliseconds; 0 for no fault. */
  @Param({"0", "50"})
  public int slowMs;

  private ExampleEnvironment env;
  private CitizenView overview;
  private CitizenToken citizen;
  private RequestOptions asCitizen;
  private TrafficClient traffic;
  private UtilitiesClient utilities;
  private HealthClient health;

  @Setup(Level.Trial)
  public void start() {
    env = ExampleEnvironment.sandbox(CityCode.SHANGHAI);
    CitySandbox sandbox = env.sandbox().orElseThrow();
    CityServices client = env.client();
    citizen = env.citizen();
    asCitizen = RequestOptions.forCitizen(citizen);
    overview = client.citizen(citizen);
    traffic = TrafficClient.create(client, CityCode.SHANGHAI);
    utilities = UtilitiesClient.create(client, CityCode.SHANGHAI);
    health = HealthClient.create(client, CityCode.SHANGHAI);
    if (slowMs > 0) {
      Duration delay = Duration.ofMillis(slowMs);
      sandbox.faults()
          .slow(CityCode.SHANGHAI, DepartmentName.of("traffic"), delay)
          .slow(CityCode.SHANGHAI, DepartmentName.of("utilities"), delay)
          .slow(CityCode.SHANGHAI, DepartmentName.of("health"), delay);
    }
    // Fail fast, and take the token fetch and first connections out of the timing.
    CitizenOverview first = parallel();
    if (first.section(TrafficSection.class).orElseThrow().unpaidViolations().isEmpty()
        || first.section(UtilitiesSection.class).orElseThrow().outstandingBills().isEmpty()) {
      throw new IllegalStateException("the sandbox citizen has no fines or bills to show: " + first);
    }
    sequential(new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
  }

  @TearDown(Level.Trial)
  public void stop() {
    env.close();
  }

  /** The SDK's overview: every department's reads at once. */
  @Benchmark
  public CitizenOverview parallel() {
    CitizenOverview o = overview.overview();
    if (!o.complete()) {
      // A failed department becomes an Unavailable section, which would be fast: never time that.
      throw new IllegalStateException("incomplete overview: " + o);
    }
    return o;
  }

  /** The same five reads (same queries, every page) one after another through the blocking API. */
  @Benchmark
  public void sequential(Blackhole bh) {
    bh.consume(traffic.violations().listAll(ViolationQuery.ownVehicles().build(), asCitizen).stream().toList());
    bh.consume(traffic.licence().get(asCitizen));
    bh.consume(traffic.vehicles().listAll(VehicleQuery.all(), asCitizen).stream().toList());
    bh.consume(utilities.bills().listAll(BillQuery.outstanding(), asCitizen).stream().toList());
    bh.consume(health.appointments().listAll(AppointmentQuery.withStatus(AppointmentStatus.BOOKED), asCitizen)
        .stream().toList());
  }
}
