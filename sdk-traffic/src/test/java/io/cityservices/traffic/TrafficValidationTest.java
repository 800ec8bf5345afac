package io.cityservices.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.testkit.junit.PlatformStub;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PlateType;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a ValidationException naming each field, and nothing reaches the server. */
class TrafficValidationTest {

  static final RequestOptions AS_CITIZEN = RequestOptions.forCitizen(
      new CitizenToken("c-1", "ct_citizen-token-abcdefghijkl", null, Instant.parse("2999-01-01T00:00:00Z"), null));

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

  private static void assertInvalid(ThrowingCallable call, String... fields) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.status()).isZero();
      List<String> named = e.violations().stream().map(FieldViolation::field).toList();
      for (String field : fields) {
        assertThat(named).anySatisfy(n -> assertThat(n.replace("_", "").toLowerCase())
            .contains(field.replace("_", "").toLowerCase()));
      }
    });
  }

  @Test
  void badPlateIsRefused() {
    assertInvalid(() -> traffic.violations().list(
        ViolationQuery.forVehicle("XX12345", PlateType.SMALL, "A1B2C3").build(), AS_CITIZEN), "plate");
  }

  @Test
  void badEngineNumberSuffixIsRefused() {
    assertInvalid(() -> traffic.violations().list(
        ViolationQuery.forVehicle("沪A12345", PlateType.SMALL, "12345").build(), AS_CITIZEN), "engine_no_suffix");
    assertInvalid(() -> traffic.violations().list(
        ViolationQuery.forVehicle("沪A12345", PlateType.SMALL, "12-456").build(), AS_CITIZEN), "engine_no_suffix");
  }

  @Test
  void unknownPlateTypeAndPartialVehicleAreRefused() {
    assertInvalid(() -> traffic.violations().list(
        ViolationQuery.forVehicle("沪A12345", PlateType.UNKNOWN, "A1B2C3").build(), AS_CITIZEN), "plate_type");
    assertInvalid(() -> traffic.violations().list(
        ViolationQuery.forVehicle("沪A12345", null, null).build(), AS_CITIZEN), "plate_type", "engine_no_suffix");
    assertInvalid(() -> traffic.inspections().book(
        new BookInspectionRequest("st-1", "slot", "沪A12345", PlateType.UNKNOWN), AS_CITIZEN), "plate_type");
  }

  @Test
  void unknownStateCannotBeAFilter() {
    assertInvalid(() -> traffic.violations().list(
        ViolationQuery.ownVehicles().statuses(ViolationStatus.UNKNOWN).build(), AS_CITIZEN), "statuses");
    assertInvalid(() -> traffic.violations().listForLicence(
        LicenceViolationQuery.withStatus(ViolationStatus.UNKNOWN), AS_CITIZEN), "status");
  }

  @Test
  void everyBrokenFieldIsNamedAtOnce() {
    assertInvalid(() -> traffic.inspections().book(
        new BookInspectionRequest("", null, "bad", PlateType.SMALL), AS_CITIZEN), "station_id", "slot_id", "plate");
  }

  @Test
  void emptyOrOnePointRouteIsRefused() {
    assertInvalid(() -> traffic.roadConditions().list(RoadConditionQuery.alongRoute(List.of()), RequestOptions.none()),
        "route");
    assertInvalid(() -> traffic.roadConditions().list(
        RoadConditionQuery.alongRoute(List.of(GeoPoint.of(31.2, 121.4))), RequestOptions.none()), "route");
    assertInvalid(() -> traffic.roadConditions().list(RoadConditionQuery.alongRoute(null), RequestOptions.none()),
        "route");
  }

  @Test
  void invertedBoxIsRefused() {
    assertInvalid(() -> traffic.roadConditions().list(
        RoadConditionQuery.inBox(GeoPoint.of(31.5, 121.5), GeoPoint.of(31.0, 121.0)), RequestOptions.none()), "bbox");
  }

  @Test
  void limitsOutOfRangeAreRefused() {
    assertInvalid(() -> traffic.violations().list(ViolationQuery.ownVehicles().limit(0).build(), AS_CITIZEN), "limit");
    assertInvalid(() -> traffic.violations().listForLicence(new LicenceViolationQuery(null, 101, null), AS_CITIZEN),
        "limit");
    assertInvalid(() -> traffic.inspections().listStations(new StationQuery(null, 5.0, null, null), RequestOptions.none()),
        "radius_km");
    assertInvalid(() -> traffic.inspections().listStations(
        StationQuery.near(GeoPoint.of(31.2, 121.4), 500), RequestOptions.none()), "radius");
  }

  @Test
  void blankIdsAreRefused() {
    assertInvalid(() -> traffic.violations().get(" ", AS_CITIZEN), "violation_id");
    assertInvalid(() -> traffic.fines().get(null, AS_CITIZEN), "payment_id");
    assertInvalid(() -> traffic.inspections().cancel("", AS_CITIZEN), "booking_id");
    assertInvalid(() -> traffic.inspections().reschedule("ib_1", "", AS_CITIZEN), "slot_id");
    assertInvalid(() -> traffic.inspections().slots("", null, RequestOptions.none()), "station_id", "date");
  }

  @Test
  void paymentsNeedAPositiveAmount() {
    assertInvalid(() -> traffic.fines().pay(new PayFineRequest("v1", Money.cny(0)), AS_CITIZEN), "expected_amount");
    assertInvalid(() -> traffic.fines().pay(new PayFineRequest("v1", null), AS_CITIZEN), "expected");
  }

  @Test
  void citizenOperationsNeedACitizen() {
    assertThatThrownBy(() -> traffic.licence().get(RequestOptions.none())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> traffic.fines().pay(new PayFineRequest("v1", Money.cny(100)), RequestOptions.none()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void asyncFormsFailTheFutureInsteadOfThrowing() {
    var future = traffic.violations().listAsync(
        ViolationQuery.forVehicle("沪A12345", PlateType.SMALL, "1").build(), AS_CITIZEN);
    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
    var route = traffic.roadConditions().listAsync(RoadConditionQuery.alongRoute(List.of()), RequestOptions.none());
    assertThatThrownBy(route::join).hasCauseInstanceOf(ValidationException.class);
  }
}
