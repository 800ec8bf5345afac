package io.cityservices.traffic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.testkit.junit.PlatformStub;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PlateType;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact request of every operation and the decoding of its response. */
class TrafficWireMockTest {

  static final String BASE = "/v1/cities/310000/traffic";
  static final String TOKEN = "ct_citizen-token-abcdefghijkl";
  static final RequestOptions AS_CITIZEN = RequestOptions.forCitizen(
      new CitizenToken("c-310000-001", TOKEN, null, Instant.parse("2999-01-01T00:00:00Z"), "traffic"));

  static final String VIOLATION = """
      {"id":"3100000000000002","plate":"沪A12345","plate_type":"02","occurred_at":"2026-10-15T11:05:03+08:00",
       "place_code":"3100553782","address":"内环高架路与中山北路交叉口","code":"1352","description":"机动车超过规定时速未达20%",
       "measured_value":72,"limit_value":60,"fine":{"amount":20000,"currency":"CNY"},
       "late_fee":{"amount":1200,"currency":"CNY"},"points":3,"discovering_authority":"上海市公安局交通警察总队",
       "handling_authority":"上海市公安局交通警察总队","source":"CAMERA","decision_number":"310000739046115",
       "status":"OVERDUE","handling_status":"1","payment_status":"0","payment_deadline":"2026-11-23","paid_at":null,
       "evidence_photo_urls":["https://evidence.example/1.jpg"],"added_later":"ignored"}""";
  static final String PAYMENT = """
      {"id":"pay_1","violation_id":"3100000000000002","amount":{"amount":21200,"currency":"CNY"},"status":"SUCCEEDED",
       "settlement":"WRITTEN_OFF_BY_TREASURY","receipt_number":"R1","created_at":"2026-11-27T10:00:00+08:00",
       "paid_at":"2026-11-27T10:00:01+08:00"}""";
  static final String BOOKING = """
      {"id":"ib_1","station_id":"st-1","slot_id":"st-1_20261128_09","plate":"沪A12345","plate_type":"02",
       "status":"BOOKED","result":null,"starts_at":"2026-11-28T09:00:00+08:00","created_at":"2026-11-27T10:00:00+08:00"}""";

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  WireMockServer server;
  CityServices services;
  TrafficClient traffic;

  @BeforeEach
  void start() {
    server = platform.server();
    services =
        platform.clientBuilder()
            .defaultCity(CityCode.SHANGHAI)
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofSeconds(5))
            .build();
    traffic = TrafficClient.create(services);
  }

  @AfterEach
  void stop() {
    services.close();
  }

  private void answer(MappingBuilder request, int status, String json) {
    server.stubFor(request.willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(json)));
  }

  private static String page(String item, String next) {
    return "{\"data\":[" + item + "],\"next_cursor\":" + (next == null ? "null" : "\"" + next + "\"") + "}";
  }

  @Test
  void listViolationsOfAVehicle() {
    answer(get(urlPathEqualTo(BASE + "/violations")), 200, page(VIOLATION, "cur_2"));

    Page<Violation> page = traffic.violations().list(
        ViolationQuery.forVehicle("沪a·12345", PlateType.SMALL, "a1b2c3").statuses(ViolationStatus.OVERDUE, ViolationStatus.PAYABLE).limit(5)
            .cursor("cur_1").build(), AS_CITIZEN);

    server.verify(getRequestedFor(urlEqualTo(BASE
            + "/violations?plate=%E6%B2%AAA12345&plate_type=02&engine_no_suffix=A1B2C3&status=PAYABLE&status=OVERDUE&limit=5&cursor=cur_1"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN))
        .withHeader("Idempotency-Key", absent()));
    assertThat(page.nextCursor()).isEqualTo("cur_2");
    Violation v = page.data().get(0);
    assertThat(v.id()).isEqualTo("3100000000000002");
    assertThat(v.plate().value()).isEqualTo("沪A12345");
    assertThat(v.plateType()).isEqualTo(PlateType.SMALL);
    assertThat(v.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-10-15T11:05:03+08:00"));
    assertThat(v.measuredValue()).isEqualTo(72);
    assertThat(v.limitValue()).isEqualTo(60);
    assertThat(v.fine()).isEqualTo(Money.cny(20000));
    assertThat(v.amountDue()).isEqualTo(Money.cny(21200));
    assertThat(v.status()).isEqualTo(ViolationStatus.OVERDUE);
    assertThat(v.isPayable()).isTrue();
    assertThat(v.source()).isEqualTo(ViolationSource.CAMERA);
    assertThat(v.paymentDeadline()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(v.evidencePhotoUrls()).containsExactly("https://evidence.example/1.jpg");
    assertThat(v.evidencePhotoUris()).containsExactly(java.net.URI.create("https://evidence.example/1.jpg"));
  }

  @Test
  void listOwnViolationsAutoPaginatesWithTheCursor() {
    answer(get(urlEqualTo(BASE + "/violations")), 200, page(VIOLATION, "cur_1"));
    answer(get(urlEqualTo(BASE + "/violations?cursor=cur_1")), 200, page(VIOLATION.replace("0002\"", "0003\""), null));

    List<Violation> all = traffic.violations().listAll(ViolationQuery.ownVehicles().build(), AS_CITIZEN).stream().toList();

    assertThat(all).extracting(Violation::id).containsExactly("3100000000000002", "3100000000000003");
  }

  @Test
  void listAllStartsAtTheQuerysCursor() {
    String station = """
        {"id":"st-9","name":"检测站","address":"检测路9号","location":{"latitude":31.2,"longitude":121.4}}""";
    String event = """
        {"id":"re-9","type":"ROADWORK","geometry":{"type":"Point","coordinates":[121.4,31.2]}}""";
    answer(get(urlEqualTo(BASE + "/violations?cursor=cur_5")), 200, page(VIOLATION, "cur_6"));
    answer(get(urlEqualTo(BASE + "/violations?cursor=cur_6")), 200, page(VIOLATION.replace("0002\"", "0003\""), null));
    answer(get(urlEqualTo(BASE + "/licence/violations?cursor=lic_5")), 200, page(VIOLATION, null));
    answer(get(urlEqualTo(BASE + "/inspection-stations?cursor=st_5")), 200, page(station, null));
    answer(get(urlEqualTo(BASE + "/road-conditions?route=31.2%2C121.4%3B31.25%2C121.5&cursor=rc_5")), 200,
        page(event, null));

    var violations = traffic.violations().listAll(ViolationQuery.ownVehicles().cursor("cur_5").build(), AS_CITIZEN);

    assertThat(violations.stream().toList()).extracting(Violation::id)
        .containsExactly("3100000000000002", "3100000000000003");
    assertThat(violations.stream().toList()).as("a new iteration starts at the query's cursor again").hasSize(2);
    assertThat(traffic.violations().listAllForLicence(new LicenceViolationQuery(null, null, "lic_5"), AS_CITIZEN)
        .stream().toList()).hasSize(1);
    assertThat(traffic.inspections().listAllStations(StationQuery.inCity().withCursor("st_5"), RequestOptions.none())
        .stream().toList()).extracting(InspectionStation::id).containsExactly("st-9");
    assertThat(traffic.roadConditions().listAll(
        RoadConditionQuery.alongRoute(List.of(GeoPoint.of(31.2, 121.4), GeoPoint.of(31.25, 121.5))).withCursor("rc_5"),
        RequestOptions.none()).stream().toList()).extracting(RoadEvent::id).containsExactly("re-9");
    assertThat(server.getAllServeEvents()).as("no first page fetched").hasSize(7)
        .allSatisfy(e -> assertThat(e.getRequest().getUrl()).contains("cursor="));
  }

  @Test
  void unknownEnumValuesReadAsUnknown() {
    answer(get(urlPathEqualTo(BASE + "/violations/v1")), 200,
        VIOLATION.replace("\"OVERDUE\"", "\"DISPUTED\"").replace("\"CAMERA\"", "\"DRONE\"").replace("\"02\"", "\"99\""));

    Violation v = traffic.violations().getAsync("v1", AS_CITIZEN).join();

    assertThat(v.status()).isEqualTo(ViolationStatus.UNKNOWN);
    assertThat(v.source()).isEqualTo(ViolationSource.UNKNOWN);
    assertThat(v.plateType()).isEqualTo(PlateType.UNKNOWN);
    assertThat(v.isPayable()).isFalse();
  }

  @Test
  void listLicenceViolations() {
    answer(get(urlPathEqualTo(BASE + "/licence/violations")), 200, page(VIOLATION, null));

    Page<Violation> page = traffic.violations().listForLicence(
        new LicenceViolationQuery(ViolationStatus.PAYABLE, 10, null), AS_CITIZEN);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/licence/violations?status=PAYABLE&limit=10"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN)));
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void getViolationEncodesTheId() {
    answer(get(urlEqualTo(BASE + "/violations/a%3Ab")), 200, VIOLATION);

    assertThat(traffic.violations().get("a:b", AS_CITIZEN).decisionNumber()).isEqualTo("310000739046115");
    server.verify(getRequestedFor(urlEqualTo(BASE + "/violations/a%3Ab")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
  }

  @Test
  void payFineSendsTheExpectedAmountWithAnIdempotencyKey() {
    answer(post(urlEqualTo(BASE + "/violations/3100000000000002/payments")), 201, PAYMENT);

    FinePayment payment = traffic.fines().pay(new PayFineRequest("3100000000000002", Money.cny(21200)), AS_CITIZEN);

    server.verify(postRequestedFor(urlEqualTo(BASE + "/violations/3100000000000002/payments"))
        .withHeader("Idempotency-Key", matching(".{8,}"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN))
        .withRequestBody(equalToJson("{\"expected_amount\":{\"amount\":21200,\"currency\":\"CNY\"}}")));
    assertThat(payment.status()).isEqualTo(FinePaymentStatus.SUCCEEDED);
    assertThat(payment.settlement()).isEqualTo(FinePayment.Settlement.WRITTEN_OFF_BY_TREASURY);
    assertThat(payment.amount()).isEqualTo(Money.cny(21200));
  }

  @Test
  void payFineUsesTheCallersIdempotencyKey() {
    answer(post(urlEqualTo(BASE + "/violations/v1/payments")), 201, PAYMENT);

    traffic.fines().payAsync(new PayFineRequest("v1", Money.cny(100)),
        AS_CITIZEN.toBuilder().idempotencyKey("key-12345678").build()).join();

    // The key travels as a structured-field string, per the Idempotency-Key header draft.
    server.verify(postRequestedFor(urlEqualTo(BASE + "/violations/v1/payments"))
        .withHeader("Idempotency-Key", equalTo("\"key-12345678\"")));
  }

  @Test
  void payingAViolationObjectPaysItsAmountDue() {
    answer(post(urlEqualTo(BASE + "/violations/3100000000000002/payments")), 201, PAYMENT);
    answer(get(urlEqualTo(BASE + "/violations/3100000000000002")), 200, VIOLATION);
    Violation overdue = traffic.violations().get("3100000000000002", AS_CITIZEN);

    traffic.fines().pay(overdue, AS_CITIZEN);

    server.verify(postRequestedFor(urlEqualTo(BASE + "/violations/3100000000000002/payments"))
        .withRequestBody(equalToJson("{\"expected_amount\":{\"amount\":21200,\"currency\":\"CNY\"}}")));
  }

  @Test
  void platformConflictsAreConflictExceptionsWithTheirCode() {
    server.stubFor(post(urlEqualTo(BASE + "/violations/v1/payments")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"code\":\"amount_mismatch\"}")));

    assertThatThrownBy(() -> traffic.fines().pay(new PayFineRequest("v1", Money.cny(100)), AS_CITIZEN))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.code()).isEqualTo(FinesApi.AMOUNT_MISMATCH);
          assertThat(e.status()).isEqualTo(409);
        });
  }

  @Test
  void notPayableViolationIsRefusedWithoutSending() {
    Violation paid = new Violation("v1", null, PlateType.SMALL, null, null, null, null, null, null, null,
        Money.cny(20000), Money.cny(0), 3, null, null, ViolationSource.CAMERA, null, ViolationStatus.PAID,
        null, null, null, null, null);

    assertThatThrownBy(() -> traffic.fines().pay(paid, AS_CITIZEN))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("violation_not_payable"));
    assertThat(traffic.fines().payAsync(paid, AS_CITIZEN)).isCompletedExceptionally();
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void getPayment() {
    answer(get(urlEqualTo(BASE + "/payments/pay_1")), 200, PAYMENT);

    FinePayment payment = traffic.fines().get("pay_1", AS_CITIZEN);

    assertThat(payment.receiptNumber()).isEqualTo("R1");
    assertThat(traffic.fines().getAsync("pay_1", AS_CITIZEN).join()).isEqualTo(payment);
    server.verify(2, getRequestedFor(urlEqualTo(BASE + "/payments/pay_1")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
  }

  @Test
  void getLicence() {
    answer(get(urlEqualTo(BASE + "/licence")), 200, """
        {"number":"310101199001011234","file_number":"310012345678","licence_class":"A2D",
         "first_issued_on":"2010-05-01","valid_from":"2022-05-01","valid_until":"2028-05-01","points":4,
         "cycle_ends_on":"2027-05-01","statuses":["A","Q"]}""");

    DrivingLicence licence = traffic.licence().get(AS_CITIZEN);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/licence")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
    assertThat(licence.licenceClass()).isEqualTo("A2D");
    assertThat(licence.cycleEndsOn()).isEqualTo(LocalDate.of(2027, 5, 1));
    assertThat(licence.statuses()).containsExactlyInAnyOrder("A", "Q");
    assertThat(licence.knownStatuses()).containsExactly(LicenceStatus.NORMAL);
    assertThat(licence.toString()).doesNotContain("310101199001011234").doesNotContain("310012345678");
  }

  @Test
  void listVehicles() {
    answer(get(urlEqualTo(BASE + "/vehicles?cursor=c2")), 200, page("""
        {"plate":"粤BD12345","plate_type":"52","vin":"LSVAB12C3D4567890","brand":"比亚迪秦PLUS","statuses":["A"],
         "inspection_valid_until":"2027-03-31"}""", null));

    Vehicle vehicle = traffic.vehicles().list(new VehicleQuery(null, "c2"), AS_CITIZEN).data().get(0);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/vehicles?cursor=c2")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
    assertThat(vehicle.plateType()).isEqualTo(PlateType.NEW_ENERGY_SMALL);
    assertThat(vehicle.plate().isNewEnergy()).isTrue();
    assertThat(vehicle.maskedVin()).isEqualTo("*************7890");
    assertThat(vehicle.toString()).doesNotContain("LSVAB12C3D4567890").doesNotContain("粤BD12345");
  }

  @Test
  void listStationsNearAPointWithoutCitizen() {
    answer(get(urlPathEqualTo(BASE + "/inspection-stations")), 200, page("""
        {"id":"st-1","name":"上海第1机动车检测站","address":"检测路11号","location":{"latitude":31.2,"longitude":121.4},
         "phone":"021-60000000","opening_hours":"08:30-17:00","distance_km":1.25}""", null));

    Page<InspectionStation> page = traffic.inspections().listStations(
        StationQuery.near(GeoPoint.of(31.2304, 121.4737), 5.5), RequestOptions.none());

    server.verify(getRequestedFor(urlEqualTo(BASE + "/inspection-stations?near=31.2304%2C121.4737&radius_km=5.5"))
        .withHeader("X-Citizen-Token", absent()));
    assertThat(page.data().get(0).location()).isEqualTo(GeoPoint.of(31.2, 121.4));
    assertThat(page.data().get(0).distanceKm()).isEqualTo(1.25);
  }

  @Test
  void listSlotsOfADay() {
    answer(get(urlEqualTo(BASE + "/inspection-stations/st-1/slots?date=2026-11-28")), 200, page("""
        {"id":"st-1_20261128_09","station_id":"st-1","starts_at":"2026-11-28T09:00:00+08:00",
         "ends_at":"2026-11-28T10:00:00+08:00","capacity":1,"remaining":0}""", null));

    List<InspectionSlot> slots = traffic.inspections().slots("st-1", LocalDate.of(2026, 11, 28), RequestOptions.none());

    server.verify(getRequestedFor(urlEqualTo(BASE + "/inspection-stations/st-1/slots?date=2026-11-28"))
        .withHeader("X-Citizen-Token", absent()));
    assertThat(slots).singleElement().satisfies(s -> assertThat(s.isFull()).isTrue());
  }

  @Test
  void bookInspection() {
    answer(post(urlEqualTo(BASE + "/inspection-bookings")), 201, BOOKING);

    InspectionBooking booking = traffic.inspections().book(
        new BookInspectionRequest("st-1", "st-1_20261128_09", "沪a12345", PlateType.SMALL), AS_CITIZEN);

    server.verify(postRequestedFor(urlEqualTo(BASE + "/inspection-bookings"))
        .withHeader("Idempotency-Key", matching(".{8,}"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN))
        .withRequestBody(equalToJson(
            "{\"station_id\":\"st-1\",\"slot_id\":\"st-1_20261128_09\",\"plate\":\"沪A12345\",\"plate_type\":\"02\"}")));
    assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
    assertThat(booking.plate().value()).isEqualTo("沪A12345");
  }

  @Test
  void listBookings() {
    answer(get(urlEqualTo(BASE + "/inspection-bookings")), 200, page(BOOKING, null));

    assertThat(traffic.inspections().listAllBookings(BookingQuery.all(), AS_CITIZEN).stream().toList()).hasSize(1);
    server.verify(getRequestedFor(urlEqualTo(BASE + "/inspection-bookings")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
  }

  @Test
  void cancelBookingIsADelete() {
    answer(delete(urlEqualTo(BASE + "/inspection-bookings/ib_1")), 200, BOOKING.replace("BOOKED", "CANCELLED"));

    InspectionBooking cancelled = traffic.inspections().cancel("ib_1", AS_CITIZEN);

    server.verify(deleteRequestedFor(urlEqualTo(BASE + "/inspection-bookings/ib_1"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN)).withHeader("Idempotency-Key", absent()));
    assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
  }

  @Test
  void rescheduleBookingIsAPutOfTheSlot() {
    answer(put(urlEqualTo(BASE + "/inspection-bookings/ib_1")), 200, BOOKING);

    traffic.inspections().reschedule("ib_1", "st-1_20261128_10", AS_CITIZEN);

    server.verify(putRequestedFor(urlEqualTo(BASE + "/inspection-bookings/ib_1"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN))
        .withRequestBody(equalToJson("{\"slot_id\":\"st-1_20261128_10\"}")));
  }

  @Test
  void roadConditionsAlongARouteAndInABox() {
    String event = """
        {"id":"re-1","type":"ROADWORK","road_names":["延安高架路"],"direction":"EASTBOUND",
         "vehicle_impact":"SOME_LANES_CLOSED","severity":"MEDIUM","description":"施工",
         "starts_at":"2026-11-27T08:00:00+08:00","ends_at":null,
         "geometry":{"type":"LineString","coordinates":[[121.4,31.2],[121.41,31.21]]}}""";
    answer(get(urlPathEqualTo(BASE + "/road-conditions")), 200, page(event, null));

    RoadEvent route = traffic.roadConditions().list(
        RoadConditionQuery.alongRoute(List.of(GeoPoint.of(31.2, 121.4), GeoPoint.of(31.25, 121.5))), RequestOptions.none())
        .data().get(0);
    traffic.roadConditions().list(
        RoadConditionQuery.inBox(GeoPoint.of(31.0, 121.0), GeoPoint.of(31.5, 121.75)).withLimit(50), RequestOptions.none());

    server.verify(getRequestedFor(urlEqualTo(BASE + "/road-conditions?route=31.2%2C121.4%3B31.25%2C121.5"))
        .withHeader("X-Citizen-Token", absent()));
    server.verify(getRequestedFor(urlEqualTo(BASE + "/road-conditions?bbox=121%2C31%2C121.75%2C31.5&limit=50")));
    assertThat(route.type()).isEqualTo(RoadEventType.ROADWORK);
    assertThat(route.vehicleImpact()).isEqualTo(RoadEvent.VehicleImpact.SOME_LANES_CLOSED);
    assertThat(route.geometry().points()).containsExactly(GeoPoint.of(31.2, 121.4), GeoPoint.of(31.21, 121.41));
  }

  @Test
  void createWithoutDefaultCityFails() {
    try (CityServices noCity = CityServices.builder().baseUrl(server.baseUrl()).build()) {
      assertThatThrownBy(() -> TrafficClient.create(noCity)).isInstanceOf(IllegalStateException.class);
      assertThat(TrafficClient.create(noCity, CityCode.HANGZHOU).city()).isEqualTo(CityCode.HANGZHOU);
    }
  }
}
