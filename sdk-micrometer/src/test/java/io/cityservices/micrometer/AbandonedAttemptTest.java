package io.cityservices.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.http.ExecutionInterceptor.AttemptInfo;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AbandonedAttemptTest {

  private final TestObservationRegistry registry = TestObservationRegistry.create();
  private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
  private Instant now = Instant.parse("2026-12-02T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  AbandonedAttemptTest() {
    registry.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }

      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context);
      }
    });
  }

  @Test
  void anAttemptNeverReportedAsEndedIsStoppedAsAbandonedOnceTooOld() {
    ObservationInterceptor interceptor =
        ObservationInterceptor.builder(registry).maxAge(Duration.ofMinutes(1), clock).build();
    Map<String, String> headers = new HashMap<>();
    interceptor.beforeAttempt(new AttemptInfo("getLicence", "310000/traffic", "r1", 1), headers::put);

    now = now.plusSeconds(30);
    interceptor.beforeAttempt(new AttemptInfo("getLicence", "310000/traffic", "r2", 1), headers::put);
    assertThat(stopped).isEmpty();

    now = now.plusSeconds(40);
    interceptor.beforeAttempt(new AttemptInfo("getLicence", "310000/traffic", "r3", 1), headers::put);

    assertThat(stopped).singleElement().satisfies(c -> {
      assertThat(c.getLowCardinalityKeyValues()).contains(KeyValue.of("error", "abandoned"), KeyValue.of("outcome", "NO_RESPONSE"));
      assertThat(c.getError()).hasMessageContaining("abandoned");
    });
    interceptor.afterAttempt(new AttemptInfo("getLicence", "310000/traffic", "r3", 1), 200, null);
    assertThat(stopped).hasSize(2);
    assertThat(stopped.get(1).getLowCardinalityKeyValues()).contains(KeyValue.of("outcome", "SUCCESS"));
  }
}
