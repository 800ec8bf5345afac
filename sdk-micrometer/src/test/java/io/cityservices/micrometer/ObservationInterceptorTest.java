package io.cityservices.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@CitySandboxTest
class ObservationInterceptorTest {

  CitySandbox sandbox;

  private final TestObservationRegistry registry = TestObservationRegistry.create();
  private final Recorder recorded = new Recorder();
  private CityServices city;

  private CityServices client(CircuitBreakerConfig breaker) {
    registry.observationConfig().observationHandler(recorded);
    city =
        CityServices.builder()
            .baseUrl(sandbox.baseUrl())
            .credentials(sandbox.defaultApp().credentials())
            .defaultCity(CityCode.SHANGHAI)
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(3)
                    .baseDelay(Duration.ofMillis(1))
                    .maxDelay(Duration.ofMillis(2))
                    .build())
            .circuitBreaker(breaker)
            .cacheEntries(0)
            .addInterceptor(new ObservationInterceptor(registry))
            .circuitBreakerListener(new ObservationCircuitBreakerListener(registry))
            .build();
    return city;
  }

  @AfterEach
  void close() {
    if (city != null) {
      city.close();
    }
  }

  @Test
  void everyAttemptIsOneStoppedObservationWithItsLowCardinalityTags() {
    TrafficClient traffic = TrafficClient.create(client(CircuitBreakerConfig.defaults()));

    traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none());

    Map<String, String> tags = tagsOf(attempts("listInspectionStations").get(0));
    assertThat(tags)
        .containsEntry("operation", "listInspectionStations")
        .containsEntry("city", "310000")
        .containsEntry("department", "traffic")
        .containsEntry("outcome", "SUCCESS")
        .containsEntry("status", "200")
        .containsEntry("retry", "false")
        .containsEntry("error", "none");
    assertThat(recorded.started).isEqualTo(recorded.stopped.size());
    TestObservationRegistryAssert.assertThat(registry)
        .hasObservationWithNameEqualTo(DefaultAttemptObservationConvention.NAME)
        .that()
        .hasBeenStarted()
        .hasBeenStopped();
    // The platform-level calls (token, keys, catalog) are observed too, without a city.
    assertThat(recorded.stopped)
        .map(c -> tagsOf(c))
        .anySatisfy(t -> assertThat(t).containsEntry("city", "none").containsEntry("department", "platform"));
  }

  @Test
  void retriesAreAttemptsTaggedRetryAndTheOpeningCircuitIsATransition() {
    TrafficClient traffic =
        TrafficClient.create(
            client(
                CircuitBreakerConfig.builder()
                    .slidingWindowSize(3)
                    .minimumNumberOfCalls(3)
                    .openDuration(Duration.ofHours(1))
                    .build()));
    traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none());
    sandbox.faults().unavailable(CityCode.SHANGHAI, DepartmentName.of("traffic"));

    assertThatThrownBy(
            () -> traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none()))
        .isInstanceOf(DepartmentUnavailableException.class);

    List<Observation.Context> failed =
        attempts("listInspectionStations").stream()
            .filter(c -> tagsOf(c).get("outcome").equals("SERVER_ERROR"))
            .toList();
    assertThat(failed).isNotEmpty();
    assertThat(failed).allSatisfy(c -> assertThat(tagsOf(c)).containsEntry("status", "503"));
    assertThat(failed).anySatisfy(c -> assertThat(tagsOf(c)).containsEntry("retry", "true"));
    assertThat(recorded.stopped)
        .filteredOn(c -> c.getName().equals(ObservationCircuitBreakerListener.NAME))
        .singleElement()
        .satisfies(
            c ->
                assertThat(tagsOf(c))
                    .containsEntry("city", "310000")
                    .containsEntry("department", "traffic")
                    .containsEntry("from", "CLOSED")
                    .containsEntry("to", "OPEN"));

  }

  @Test
  void noPathValueOrCitizenDatumReachesATagOrTheContextualName() {
    CityServices services = client(CircuitBreakerConfig.defaults());
    CitizenToken citizen =
        SandboxLogin.citizenToken(services, sandbox.seed().firstCitizen(CityCode.SHANGHAI).id());
    TrafficClient traffic = TrafficClient.create(services);
    String violationId = "VIO-PRIVATE-4711";

    assertThatThrownBy(() -> traffic.violations().get(violationId, RequestOptions.forCitizen(citizen)))
        .isInstanceOf(NotFoundException.class);

    assertThat(tagsOf(attempts("getViolation").get(0)))
        .containsEntry("outcome", "CLIENT_ERROR")
        .containsEntry("status", "404");
    for (Observation.Context c : recorded.stopped) {
      String everything =
          c.getAllKeyValues().stream().map(kv -> kv.getKey() + "=" + kv.getValue()).collect(Collectors.joining(","))
              + c.getContextualName();
      assertThat(everything)
          .doesNotContain(violationId)
          .doesNotContain(citizen.citizenId())
          .doesNotContain(citizen.accessToken());
      assertThat(c.getHighCardinalityKeyValues()).isEmpty();
    }
  }

  private List<Observation.Context> attempts(String operation) {
    return recorded.stopped.stream()
        .filter(c -> c.getName().equals(DefaultAttemptObservationConvention.NAME))
        .filter(c -> operation.equals(tagsOf(c).get("operation")))
        .toList();
  }

  /** Every observation the interceptor stopped, in order. */
  private static final class Recorder implements ObservationHandler<Observation.Context> {
    final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    volatile int started;

    @Override
    public boolean supportsContext(Observation.Context context) {
      return true;
    }

    @Override
    public synchronized void onStart(Observation.Context context) {
      started++;
    }

    @Override
    public void onStop(Observation.Context context) {
      stopped.add(context);
    }
  }

  private static Map<String, String> tagsOf(Observation.Context context) {
    return context.getLowCardinalityKeyValues().stream()
        .collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue, (a, b) -> b));
  }
}
