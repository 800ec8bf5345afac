package io.cityservices.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.conventions.ContractDocument;
import io.cityservices.conventions.ContractExchanges;
import io.cityservices.conventions.ContractExchanges.Exchange;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.traffic.TrafficData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Every traffic route of the sandbox, answering success and error cases, matches the bundled traffic.yaml. Driven
 * through the core transport (so requests are really signed) with operations declared here, never
 * with sdk-traffic's classes: the sandbox implements the contract on its own.
 */
@CitySandboxTest
class TrafficContractTest {
  private static final ContractDocument TRAFFIC = ContractDocument.load("traffic");
  private static final String BASE = "/v1/cities/{city}/traffic";
  private static final ResponseType<JsonNode> JSON = ResponseType.of(JsonNode.class);

  CitySandbox sandbox;

  @Test
  void everyTrafficRouteMatchesTheDocument() {
    List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(ContractExchanges.record(exchanges)).build();
    try (CityServices services = CityServices.builder().baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials()).okHttpClient(http).build()) {
      ApiExecutor api = services.apiExecutor();
      Citizen citizen = sandbox.seed().firstCitizen(CityCode.SHANGHAI);
      RequestOptions as = RequestOptions.forCitizen(SandboxLogin.citizenToken(services, citizen.id()));
      TrafficData.SeededVehicle car = sandbox.data(TrafficData.class).firstVehicleOf(citizen);

      JsonNode own = call(api, as, read("GET", "/violations"), Map.of(), Map.of("status", "PAYABLE"), null);
      call(api, as, read("GET", "/violations"), Map.of(), Map.of("plate", car.plate(), "plate_type", car.plateType(),
          "engine_no_suffix", car.engineNoSuffix(), "limit", "2"), null);
      call(api, as, read("GET", "/licence/violations"), Map.of(), Map.of(), null);
      String violationId = own.get("data").get(0).get("id").asText();
      call(api, as, read("GET", "/violations/{violation_id}"), Map.of("violation_id", violationId), Map.of(), null);
      Operation pay = Operation.payment("payFine", "traffic", BASE + "/violations/{violation_id}/payments");
      JsonNode amount = own.get("data").get(0).get("fine");
      JsonNode payment = call(api, as, pay, Map.of("violation_id", violationId), Map.of(), Map.of("expected_amount", amount));
      call(api, as, read("GET", "/payments/{payment_id}"), Map.of("payment_id", payment.get("id").asText()), Map.of(), null);
      assertThatThrownBy(() -> call(api, as, pay, Map.of("violation_id", violationId), Map.of(),
          Map.of("expected_amount", amount))).isInstanceOf(CityServicesException.class);
      call(api, as, read("GET", "/licence"), Map.of(), Map.of(), null);
      call(api, as, read("GET", "/vehicles"), Map.of(), Map.of(), null);

      RequestOptions app = RequestOptions.none();
      JsonNode stations = call(api, app, Operation.publicRead("stations", "traffic", BASE + "/inspection-stations"),
          Map.of(), Map.of("near", "31.2304,121.4737", "radius_km", "50"), null);
      String stationId = stations.get("data").get(0).get("id").asText();
      String day = LocalDate.ofInstant(sandbox.clock().instant(), ZoneOffset.ofHours(8)).plusDays(1).toString();
      JsonNode slots = call(api, app, read("GET", "/inspection-stations/{station_id}/slots").withoutCitizen(),
          Map.of("station_id", stationId), Map.of("date", day), null);
      Operation book = Operation.create("book", "traffic", BASE + "/inspection-bookings");
      JsonNode booking = call(api, as, book, Map.of(), Map.of(), Map.of("station_id", stationId,
          "slot_id", slots.get("data").get(0).get("id").asText(), "plate", car.plate(), "plate_type", car.plateType()));
      Citizen other = sandbox.seed().citizens(CityCode.SHANGHAI).get(1);
      RequestOptions asOther = RequestOptions.forCitizen(SandboxLogin.citizenToken(services, other.id()));
      TrafficData.SeededVehicle otherCar = sandbox.data(TrafficData.class).firstVehicleOf(other);
      assertThatThrownBy(() -> call(api, asOther, book, Map.of(), Map.of(), Map.of("station_id", stationId,
          "slot_id", slots.get("data").get(0).get("id").asText(), "plate", otherCar.plate(),
          "plate_type", otherCar.plateType()))).isInstanceOf(CityServicesException.class);
      call(api, as, read("GET", "/inspection-bookings"), Map.of(), Map.of(), null);
      String bookingId = booking.get("id").asText();
      call(api, as, Operation.idempotentWrite("reschedule", "traffic", "PUT", BASE + "/inspection-bookings/{booking_id}"),
          Map.of("booking_id", bookingId), Map.of(), Map.of("slot_id", slots.get("data").get(1).get("id").asText()));
      call(api, as, Operation.idempotentWrite("cancel", "traffic", "DELETE", BASE + "/inspection-bookings/{booking_id}"),
          Map.of("booking_id", bookingId), Map.of(), null);
      Operation road = Operation.publicRead("road", "traffic", BASE + "/road-conditions");
      call(api, app, road, Map.of(), Map.of("route", "31.18,121.42;31.28,121.52"), null);
      call(api, app, road, Map.of(), Map.of("bbox", "121.1,30.9,121.9,31.6"), null);
      assertThatThrownBy(() -> call(api, app, road, Map.of(),
          Map.of("route", "31.18,121.42;31.28,121.52", "bbox", "121.1,30.9,121.9,31.6"), null))
          .isInstanceOf(CityServicesException.class);
      assertThatThrownBy(() -> call(api, as, read("GET", "/violations/{violation_id}"), Map.of("violation_id", "nope"),
          Map.of(), null)).isInstanceOf(CityServicesException.class);
    }

    List<Exchange> traffic = exchanges.stream().filter(e -> e.path().contains("/traffic/")).toList();
    assertThat(traffic).hasSizeGreaterThanOrEqualTo(20);
    assertThat(traffic).extracting(Exchange::status).contains(200, 201, 400, 404, 409);
    assertThat(TRAFFIC.violations(traffic)).isEmpty();
  }

  private static Operation read(String method, String path) {
    return new Operation("contract", "traffic", method, BASE + path, Operation.Kind.READ, true);
  }

  private static JsonNode call(ApiExecutor api, RequestOptions options, Operation operation, Map<String, String> path,
      Map<String, String> query, Object body) {
    ApiRequest.Builder request = ApiRequest.of(operation).path("city", "310000").body(body);
    path.forEach(request::path);
    query.forEach(request::query);
    return api.execute(request.build(), options, JSON);
  }
}
