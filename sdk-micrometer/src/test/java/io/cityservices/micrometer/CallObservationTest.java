package io.cityservices.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.RateLimit;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.traffic.InspectionStation;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.core.model.PlateType;
import io.cityservices.traffic.ViolationQuery;
import io.cityservices.testkit.traffic.TrafficData;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One observation per call over its attempts, and the instant observations that count retries,
 * rate-limit waits, cache hits and coalesced reads, recorded with {@link TestObservationRegistry}.
 */
@CitySandboxTest
class CallObservationTest {

  static final List<String> LOW_CARDINALITY_CALL_TAGS =
      List.of("operation", "city", "department", "outcome", "status", "error");

  CitySandbox sandbox;

  private final TestObservationRegistry registry = TestObservationRegistry.create();
  private final Recorder recorded = new Recorder();
  private CityServices city;
  private TrafficClient traffic;

  @BeforeEach
  void start() {
    registry.observationConfig().observationHandler(recorded);
    city =
        CityServices.builder()
            .baseUrl(sandbox.baseUrl())
            .credentials(sandbox.defaultApp().credentials())
            .defaultCity(CityCode.SHANGHAI)
            .retryPolicy(
                RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build())
            .addInterceptor(new ObservationInterceptor(registry))
            .build();
    traffic = TrafficClient.create(city);
  }

  @AfterEach
  void close() {
    city.close();
  }

  @Test
  void aRetriedCallIsOneCallObservationParentOfItsAttemptsAndOneRetry() {
    stations();
    recorded.clear();
    sandbox.faults().failNext(".*/traffic/inspection-stations.*", Fault.CONNECTION_RESET_BY_PEER, 1);

    // Another page than the one cached above, so that it is sent.
    traffic.inspections().listStations(new StationQuery(null, null, 4, null), RequestOptions.none());

    Observation.Context call = single(DefaultCallObservationConvention.NAME);
    assertThat(tags(call))
        .containsOnlyKeys(LOW_CARDINALITY_CALL_TAGS)
        .containsEntry("operation", "listInspectionStations")
        .containsEntry("city", "310000")
        .containsEntry("department", "traffic")
        .containsEntry("outcome", "SUCCESS")
        .containsEntry("status", "200")
        .containsEntry("error", "none");
    List<Observation.Context> attempts = named(DefaultAttemptObservationConvention.NAME);
    assertThat(attempts).hasSize(2);
    assertThat(attempts).allSatisfy(a -> assertThat(a.getParentObservation().getContextView()).isSameAs(call));
    assertThat(tags(attempts.get(0))).containsEntry("outcome", "NO_RESPONSE").containsEntry("retry", "false");
    assertThat(tags(attempts.get(1))).containsEntry("outcome", "SUCCESS").containsEntry("retry", "true");
    Observation.Context retry = single(ObservationInterceptor.RETRY);
    assertThat(tags(retry))
        .containsOnlyKeys("operation", "city", "department", "status")
        .containsEntry("operation", "listInspectionStations")
        .containsEntry("status", "0");
    assertThat(retry.getParentObservation().getContextView()).isSameAs(call);
    TestObservationRegistryAssert.assertThat(registry).doesNotHaveAnyRemainingCurrentObservation();
  }

  @Test
  void aFreshCachedReadIsACacheHitAndAFailedCallCarriesItsStatusAndCode() {
    stations();
    recorded.clear();

    stations();

    assertThat(tags(single(ObservationInterceptor.CACHE_HIT)))
        .containsOnlyKeys("operation", "city", "department")
        .containsEntry("department", "traffic");
    assertThat(tags(single(DefaultCallObservationConvention.NAME))).containsEntry("outcome", "SUCCESS");

    recorded.clear();
    sandbox.faults().unavailable(CityCode.SHANGHAI, DepartmentName.of("traffic"));
    try {
      traffic.inspections().listStations(new StationQuery(null, null, 9, null), RequestOptions.none());
    } catch (RuntimeException expected) {
      // The failure is what is observed.
    }
    assertThat(tags(single(DefaultCallObservationConvention.NAME)))
        .containsEntry("department", "traffic")
        .containsEntry("outcome", "SERVER_ERROR")
        .containsEntry("status", "503")
        .containsEntry("error", "department_unavailable");
  }

  @Test
  void aReadJoiningAnIdenticalReadInFlightIsCountedAsCoalesced() {
    stations();
    sandbox.faults().slow(CityCode.SHANGHAI, DepartmentName.of("traffic"), Duration.ofMillis(800));
    recorded.clear();
    StationQuery otherPage = new StationQuery(null, null, 7, null);

    CompletableFuture<Page<InspectionStation>> first =
        traffic.inspections().listStationsAsync(otherPage, RequestOptions.none());
    CompletableFuture<Page<InspectionStation>> second =
        traffic.inspections().listStationsAsync(otherPage, RequestOptions.none());
    CompletableFuture.allOf(first, second).join();

    assertThat(named(ObservationInterceptor.COALESCED)).hasSize(1);
    assertThat(named(DefaultCallObservationConvention.NAME)).hasSize(2);
  }

  @Test
  void anAttemptHeldForTheQuotaResetIsCountedAsARateLimitWait() {
    stations();
    sandbox.rateLimit(RateLimit.of(1, Duration.ofSeconds(1)));
    recorded.clear();
    try {
      for (int i = 0; i < 3; i++) {
        traffic.inspections().listStations(new StationQuery(null, null, 3 + i, null), RequestOptions.none());
      }
    } finally {
      sandbox.rateLimit(RateLimit.of(10_000, Duration.ofSeconds(1)));
    }

    assertThat(named(ObservationInterceptor.RATE_LIMIT_WAIT))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(tags(c)).containsOnlyKeys("operation", "city", "department"));
  }

  @Test
  void noTagEventOrNameOfAnyObservationCarriesAPathValueOrCitizenDatum() {
    var seeded = sandbox.seed().firstCitizen(CityCode.SHANGHAI);
    CitizenToken citizen = SandboxLogin.citizenToken(city, seeded.id());
    TrafficData.SeededVehicle car = sandbox.data(TrafficData.class).firstVehicleOf(seeded);
    String plate = car.plate();
    traffic.violations().list(
        ViolationQuery.forVehicle(plate, PlateType.fromCode(car.plateType()), car.engineNoSuffix()).build(),
        RequestOptions.forCitizen(citizen));
    try {
      traffic.violations().get("VIO-PRIVATE-4711", RequestOptions.forCitizen(citizen));
    } catch (RuntimeException expected) {
      // A 404 naming the id in its message: the message must not become a tag.
    }

    assertThat(recorded.stopped).isNotEmpty();
    String[] secrets = {plate, car.engineNoSuffix(), "VIO-PRIVATE-4711", String.valueOf(seeded.id()), citizen.citizenId(), citizen.accessToken()};
    for (Observation.Context c : recorded.stopped) {
      String everything =
          c.getAllKeyValues().stream().map(kv -> kv.getKey() + "=" + kv.getValue()).collect(Collectors.joining(","))
              + " " + c.getContextualName() + " " + c.getName();
      assertThat(everything).doesNotContain(secrets);
      assertThat(c.getHighCardinalityKeyValues()).isEmpty();
    }
    assertThat(recorded.events).allSatisfy(e -> assertThat(e).doesNotContain(secrets));
  }

  private void stations() {
    traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none());
  }

  private List<Observation.Context> named(String name) {
    return recorded.stopped.stream().filter(c -> c.getName().equals(name)).toList();
  }

  private Observation.Context single(String name) {
    List<Observation.Context> found = named(name);
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  static Map<String, String> tags(Observation.Context context) {
    return context.getLowCardinalityKeyValues().stream()
        .collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue, (a, b) -> b));
  }

  /** Every observation stopped, in order, and every event signalled (name and contextual name). */
  static final class Recorder implements ObservationHandler<Observation.Context> {
    final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public boolean supportsContext(Observation.Context context) {
      return true;
    }

    @Override
    public void onEvent(Observation.Event event, Observation.Context context) {
      events.add(event.getName() + " " + event.getContextualName());
    }

    @Override
    public void onStop(Observation.Context context) {
      stopped.add(context);
    }

    void clear() {
      stopped.clear();
      events.clear();
    }
  }
}
