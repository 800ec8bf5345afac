package io.cityservices.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.testkit.junit.PlatformStub;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dot segment as an id would make OkHttp collapse {@code violations/../payments} into another
 * resource; core's path binding refuses it for this module without module code.
 */
class TrafficPathIdTest {

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  WireMockServer server;
  CityServices services;
  TrafficClient traffic;

  @BeforeEach
  void start() {
    server = platform.server();
    services = platform.client(CityCode.SHANGHAI);
    traffic = TrafficClient.create(services);
  }

  @AfterEach
  void stop() {
    assertThat(server.getAllServeEvents()).as("requests sent").isEmpty();
    services.close();
  }

  private static void refused(Throwable t) {
    Throwable e = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    assertThat(e).isInstanceOfSatisfying(ValidationException.class, v -> {
      assertThat(v.status()).isZero();
      assertThat(v.violations()).extracting(FieldViolation::field).isNotEmpty()
          .allSatisfy(f -> assertThat(f.toLowerCase().replace("_", "")).endsWith("id"));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "../payments", "a/b", "%2e%2e"})
  void dotSegmentsAndSeparatorsAreRefusedEverywhereAnIdIsBound(String id) {
    assertThatThrownBy(() -> traffic.violations().get(id, TrafficValidationTest.AS_CITIZEN)).satisfies(TrafficPathIdTest::refused);
    assertThatThrownBy(() -> traffic.violations().getAsync(id, TrafficValidationTest.AS_CITIZEN).join())
        .satisfies(TrafficPathIdTest::refused);
    assertThatThrownBy(() -> traffic.fines().pay(new PayFineRequest(id, Money.cny(20000)), TrafficValidationTest.AS_CITIZEN))
        .satisfies(TrafficPathIdTest::refused);
    assertThatThrownBy(() -> traffic.fines().get(id, TrafficValidationTest.AS_CITIZEN)).satisfies(TrafficPathIdTest::refused);
  }
}
