package io.cityservices.health;

import io.cityservices.core.error.SlotUnavailableException;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.testkit.junit.PlatformStub;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.BadRequestException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.pagination.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact request of every operation and the decoding of its response, against WireMock. */
class HealthClientWireMockTest {
  static final String BASE = "/v1/cities/310000/health";
  static final String TOKEN = "citizen-access-token-0123456789";
  static final RequestOptions CITIZEN = RequestOptions.forCitizen(
      new CitizenToken("c-310000-001", TOKEN, null, Instant.now().plusSeconds(3600), "health"));
  static final String UUID_LIKE = "\"[0-9a-zA-Z_-]{8,}\"";

  static final String HOSPITAL_JSON = """
      {"id":"h-1","name":"复旦大学附属华山医院","level":"GRADE_3A",
       "address":{"province":"上海市","city":"上海市","district":"静安区","street":"乌鲁木齐中路12号","postcode":"200040"},
       "location":{"latitude":31.2166,"longitude":121.4445},
       "credit_code":"%s","district":"310106","phone":"021-52889999","founded":"1907"}
      """;
  static final String SLOT_JSON = """
      {"id":"s-1","hospital_id":"h-1","department_id":"d-2","doctor_id":"dr-1",
       "start":"2026-12-01T08:00:00+08:00","end":"2026-12-01T11:30:00+08:00","period":"MORNING",
       "registration_level":"EXPERT","fee":{"amount":5000,"currency":"CNY"},"capacity":20,"remaining_capacity":3,
       "status":"FREE"}
      """;
  static final String APPOINTMENT_JSON = """
      {"id":"apt-1","patient_id":"p-1","hospital_id":"h-1","department_id":"d-2","doctor_id":"dr-1","slot_id":"s-1",
       "start":"2026-12-01T08:00:00+08:00","end":"2026-12-01T11:30:00+08:00","status":"%s",
       "fee":{"amount":5000,"currency":"CNY"},"queue_number":7,"created_at":"2026-11-27T10:00:00+08:00"%s}
      """;
  static final String PATIENT_JSON = """
      {"id":"p-2","name":"王小明","id_number":"310115201503070021","relationship":"CHILD","phone":"13812345678",
       "visit_cards":[{"type":"MEDICAL_INSURANCE","number":"310115201503070001"},{"type":"LIBRARY_CARD","number":"x"}]}
      """;

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  WireMockServer wm;
  CityServices services;
  HealthClient health;



  @BeforeEach
  void client() {
    wm = platform.server();
    services = platform.client(CityCode.SHANGHAI);
    health = HealthClient.create(services);
  }

  @AfterEach
  void close() {
    services.close();
  }

  static String creditCode() {
    return FhirFixtures.CREDIT_CODE;
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  @Test
  void searchHospitalsSendsEveryCriterionAndDecodesThePage() {
    wm.stubFor(get(urlPathEqualTo(BASE + "/hospitals"))
        .willReturn(json(200, "{\"data\":[" + HOSPITAL_JSON.formatted(creditCode()) + "],\"next_cursor\":\"20\"}")));

    Page<Hospital> page = health.hospitals().list(HospitalQuery.builder()
        .name("华山").district("310106").level(HospitalLevel.GRADE_3A).department("神经").limit(20).cursor("0").build(),
        RequestOptions.none());

    wm.verify(getRequestedFor(urlEqualTo(BASE
        + "/hospitals?name=%E5%8D%8E%E5%B1%B1&district=310106&level=GRADE_3A&department=%E7%A5%9E%E7%BB%8F&limit=20&cursor=0"))
        .withHeader("X-Citizen-Token", absent()));
    assertThat(page.nextCursor()).isEqualTo("20");
    Hospital h = page.data().get(0);
    assertThat(h.id()).isEqualTo("h-1");
    assertThat(h.name()).isEqualTo("复旦大学附属华山医院");
    assertThat(h.level()).isEqualTo(HospitalLevel.GRADE_3A);
    assertThat(h.address().street()).isEqualTo("乌鲁木齐中路12号");
    assertThat(h.address().postcode()).isEqualTo("200040");
    assertThat(h.location().longitude()).isEqualTo(121.4445);
    assertThat(h.creditCode().value()).isEqualTo(creditCode());
    assertThat(h.district()).isEqualTo("310106");
    assertThat(h.phone()).isEqualTo("021-52889999");
  }

  @Test
  void searchAllFollowsTheCursor() {
    wm.stubFor(get(urlEqualTo(BASE + "/hospitals"))
        .willReturn(json(200, "{\"data\":[" + HOSPITAL_JSON.formatted(creditCode()) + "],\"next_cursor\":\"1\"}")));
    wm.stubFor(get(urlEqualTo(BASE + "/hospitals?cursor=1"))
        .willReturn(json(200, "{\"data\":[" + HOSPITAL_JSON.formatted(creditCode()).replace("h-1", "h-2") + "],\"next_cursor\":null}")));

    assertThat(health.hospitals().listAll(HospitalQuery.all(), RequestOptions.none()).stream().map(Hospital::id))
        .containsExactly("h-1", "h-2");
  }

  @Test
  void unknownEnumValuesReadAsUnknown() {
    wm.stubFor(get(urlEqualTo(BASE + "/hospitals/h-1"))
        .willReturn(json(200, HOSPITAL_JSON.formatted(creditCode()).replace("GRADE_3A", "GRADE_SPECIAL"))));
    assertThat(health.hospitals().get("h-1", RequestOptions.none()).level()).isEqualTo(HospitalLevel.UNKNOWN);
  }

  @Test
  void getHospitalAndNotFound() throws Exception {
    wm.stubFor(get(urlEqualTo(BASE + "/hospitals/h-1")).willReturn(json(200, HOSPITAL_JSON.formatted(creditCode()))));
    wm.stubFor(get(urlEqualTo(BASE + "/hospitals/h-9")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"code\":\"not_found\"}")));

    assertThat(health.hospitals().getAsync("h-1", RequestOptions.none()).get().name()).isEqualTo("复旦大学附属华山医院");
    assertThatThrownBy(() -> health.hospitals().get("h-9", RequestOptions.none())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void departmentsDecodeTheTree() {
    wm.stubFor(get(urlEqualTo(BASE + "/hospitals/h-1/departments")).willReturn(json(200, """
        [{"id":"d-1","hospital_id":"h-1","name":"内科","parent_id":null,"description":"内科疾病"},
         {"id":"d-2","hospital_id":"h-1","name":"心血管内科","parent_id":"d-1"}]""")));

    List<Department> departments = health.hospitals().departments("h-1", RequestOptions.none());

    assertThat(departments).containsExactly(
        new Department("d-1", "h-1", "内科", null, "内科疾病"),
        new Department("d-2", "h-1", "心血管内科", "d-1", null));
  }

  @Test
  void doctorsFilterByDepartment() throws Exception {
    wm.stubFor(get(urlEqualTo(BASE + "/hospitals/h-1/doctors?department_id=d-2")).willReturn(json(200, """
        [{"id":"dr-1","hospital_id":"h-1","department_id":"d-2","name":"李建国","title":"CHIEF","specialties":["高血压"]},
         {"id":"dr-2","hospital_id":"h-1","department_id":"d-2","name":"张丽华","title":"SURGEON_GENERAL"}]""")));

    List<Doctor> doctors = health.hospitals().doctorsAsync("h-1", "d-2", RequestOptions.none()).get();

    assertThat(doctors.get(0)).isEqualTo(new Doctor("dr-1", "h-1", "d-2", "李建国", DoctorTitle.CHIEF, List.of("高血压")));
    assertThat(doctors.get(1).title()).isEqualTo(DoctorTitle.UNKNOWN);
    assertThat(doctors.get(1).specialties()).isEmpty();
  }

  @Test
  void slotsSendTheQueryAndAreNotCitizenScoped() {
    wm.stubFor(get(urlPathEqualTo(BASE + "/slots")).willReturn(json(200, "{\"data\":[" + SLOT_JSON + "],\"next_cursor\":null}")));

    Page<Slot> page = health.slots().list(SlotQuery.builder("h-1").departmentId("d-2").doctorId("dr-1")
        .from(LocalDate.of(2026, 12, 1)).to(LocalDate.of(2026, 12, 7)).limit(50).build(), RequestOptions.none());

    wm.verify(getRequestedFor(urlEqualTo(BASE
        + "/slots?hospital_id=h-1&department_id=d-2&doctor_id=dr-1&from=2026-12-01&to=2026-12-07&limit=50")));
    Slot slot = page.data().get(0);
    assertThat(slot).isEqualTo(new Slot("s-1", "h-1", "d-2", "dr-1", OffsetDateTime.parse("2026-12-01T08:00:00+08:00"),
        OffsetDateTime.parse("2026-12-01T11:30:00+08:00"), SlotPeriod.MORNING, RegistrationLevel.EXPERT, Money.cny(5000),
        20, 3, SlotStatus.FREE));
    assertThat(slot.isBookable()).isTrue();
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void listAllSlotsFollowsTheCursor() {
    wm.stubFor(get(urlEqualTo(BASE + "/slots?hospital_id=h-1")).willReturn(json(200, "{\"data\":[" + SLOT_JSON + "],\"next_cursor\":\"c2\"}")));
    wm.stubFor(get(urlEqualTo(BASE + "/slots?hospital_id=h-1&cursor=c2"))
        .willReturn(json(200, "{\"data\":[" + SLOT_JSON.replace("s-1", "s-2") + "]}")));

    assertThat(health.slots().listAll(SlotQuery.builder("h-1").build(), RequestOptions.none()).stream().map(Slot::id))
        .containsExactly("s-1", "s-2");
  }

  @Test
  void listPatientsSendsTheCitizenToken() {
    wm.stubFor(get(urlEqualTo(BASE + "/patients")).willReturn(json(200, "[" + PATIENT_JSON + "]")));

    List<Patient> patients = health.patients().list(CITIZEN);

    wm.verify(getRequestedFor(urlEqualTo(BASE + "/patients")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
    Patient p = patients.get(0);
    assertThat(p.id()).isEqualTo("p-2");
    assertThat(p.name()).isEqualTo(PersonName.of("王小明"));
    assertThat(p.idNumber()).isEqualTo(ResidentIdNumber.of("310115201503070021"));
    assertThat(p.relationship()).isEqualTo(Relationship.CHILD);
    assertThat(p.phone()).isEqualTo(PhoneNumber.of("13812345678"));
    assertThat(p.visitCards()).containsExactly(
        new VisitCard(VisitCardType.MEDICAL_INSURANCE, "310115201503070001", null),
        new VisitCard(VisitCardType.UNKNOWN, "x", null));
  }

  @Test
  void addPatientPostsTheBodyWithAnIdempotencyKey() throws Exception {
    wm.stubFor(post(urlEqualTo(BASE + "/patients")).willReturn(json(201, PATIENT_JSON)));

    Patient added = health.patients().addAsync(HealthJourneySandboxTest.child(), CITIZEN).get();

    wm.verify(postRequestedFor(urlEqualTo(BASE + "/patients"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN))
        .withHeader("Idempotency-Key", matching(UUID_LIKE))
        .withRequestBody(equalToJson("""
            {"name":"王小明","id_number":"310115201503070021","relationship":"CHILD","phone":"13812345678",
             "visit_cards":[{"type":"MEDICAL_INSURANCE","number":"310115201503070001"}]}""")));
    assertThat(added.id()).isEqualTo("p-2");
  }

  @Test
  void removePatientDeletes() {
    wm.stubFor(delete(urlEqualTo(BASE + "/patients/p-2")).willReturn(aResponse().withStatus(204)));

    health.patients().remove("p-2", CITIZEN);
    health.patients().removeAsync("p-2", CITIZEN).join();

    wm.verify(2, deleteRequestedFor(urlEqualTo(BASE + "/patients/p-2")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
  }

  @Test
  void bookPostsSlotPatientAndExpectedFeeWithAnIdempotencyKey() {
    wm.stubFor(post(urlEqualTo(BASE + "/appointments")).willReturn(json(201, APPOINTMENT_JSON.formatted("BOOKED", ""))));

    Appointment a = health.appointments().book(new BookAppointmentRequest("s-1", "p-1", Money.cny(5000)),
        CITIZEN.toBuilder().idempotencyKey("book-key-0001").build());

    wm.verify(postRequestedFor(urlEqualTo(BASE + "/appointments"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN))
        .withHeader("Idempotency-Key", equalTo("\"book-key-0001\""))
        .withRequestBody(equalToJson(
            "{\"slot_id\":\"s-1\",\"patient_id\":\"p-1\",\"expected_fee\":{\"amount\":5000,\"currency\":\"CNY\"}}")));
    assertThat(a).isEqualTo(new Appointment("apt-1", "p-1", "h-1", "d-2", "dr-1", "s-1",
        OffsetDateTime.parse("2026-12-01T08:00:00+08:00"), OffsetDateTime.parse("2026-12-01T11:30:00+08:00"),
        AppointmentStatus.BOOKED, Money.cny(5000), 7, OffsetDateTime.parse("2026-11-27T10:00:00+08:00"), null, null, null));
  }

  @Test
  void bookingConflictsBecomeSpecificExceptions() {
    for (String[] c : new String[][] {{"slot_full", "SlotUnavailableException"}, {"fee_changed", "FeeChangedException"},
        {"already_booked", "ConflictException"}}) {
      wm.stubFor(post(urlEqualTo(BASE + "/appointments")).willReturn(aResponse().withStatus(409)
          .withHeader("Content-Type", "application/problem+json")
          .withBody("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"code\":\"" + c[0] + "\"}")));
      BookAppointmentRequest request = new BookAppointmentRequest("s-1", "p-1", Money.cny(5000));
      assertThatThrownBy(() -> health.appointments().book(request, CITIZEN))
          .isInstanceOf(ConflictException.class)
          .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(c[1]))
          // The specific exception still tells which key to retry the payment with.
          .satisfies(e -> assertThat(((ConflictException) e).idempotencyKey()).isNotBlank())
          .extracting(e -> ((ConflictException) e).code()).isEqualTo(c[0]);
      assertThatThrownBy(() -> health.appointments().bookAsync(request, CITIZEN).join())
          .cause().satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(c[1]));
    }
  }

  @Test
  void listAppointmentsByStatusAndPatient() {
    wm.stubFor(get(urlPathEqualTo(BASE + "/appointments"))
        .willReturn(json(200, "{\"data\":[" + APPOINTMENT_JSON.formatted("CHECKED_IN", "") + "],\"next_cursor\":null}")));

    Page<Appointment> page = health.appointments().list(new AppointmentQuery(AppointmentStatus.CHECKED_IN, "p-1", 10, null), CITIZEN);

    wm.verify(getRequestedFor(urlEqualTo(BASE + "/appointments?status=CHECKED_IN&patient_id=p-1&limit=10"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN)));
    assertThat(page.data()).extracting(Appointment::status).containsExactly(AppointmentStatus.CHECKED_IN);
    assertThat(health.appointments().listAll(AppointmentQuery.withStatus(AppointmentStatus.CHECKED_IN), CITIZEN).stream())
        .hasSize(1);
  }

  @Test
  void getAppointmentDecodesEveryState() {
    for (AppointmentStatus status : AppointmentStatus.values()) {
      if (status == AppointmentStatus.UNKNOWN) {
        continue;
      }
      wm.stubFor(get(urlEqualTo(BASE + "/appointments/apt-1")).willReturn(json(200, APPOINTMENT_JSON.formatted(status.name(), ""))));
      assertThat(health.appointments().get("apt-1", CITIZEN).status()).isEqualTo(status);
    }
    wm.stubFor(get(urlEqualTo(BASE + "/appointments/apt-1")).willReturn(json(200, APPOINTMENT_JSON.formatted("TELEPORTED", ""))));
    assertThat(health.appointments().getAsync("apt-1", CITIZEN).join().status()).isEqualTo(AppointmentStatus.UNKNOWN);
    wm.verify(getRequestedFor(urlEqualTo(BASE + "/appointments/apt-1")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
  }

  @Test
  void cancelPostsTheCancellationAndDecodesTheRefund() {
    wm.stubFor(post(urlEqualTo(BASE + "/appointments/apt-1/cancellation")).willReturn(json(200, APPOINTMENT_JSON.formatted("CANCELLED",
        ",\"cancellation_reason\":\"PATIENT_REQUEST\",\"cancelled_at\":\"2026-11-28T09:00:00+08:00\","
            + "\"refund\":{\"status\":\"PENDING\",\"amount\":{\"amount\":5000,\"currency\":\"CNY\"}}"))));

    Appointment a = health.appointments().cancel("apt-1", CITIZEN);

    wm.verify(postRequestedFor(urlEqualTo(BASE + "/appointments/apt-1/cancellation"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN))
        .withHeader("Idempotency-Key", matching(UUID_LIKE))
        .withRequestBody(equalToJson("{\"reason\":\"PATIENT_REQUEST\"}")));
    assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(a.cancellationReason()).isEqualTo(CancellationReason.PATIENT_REQUEST);
    assertThat(a.cancelledAt()).isEqualTo(OffsetDateTime.parse("2026-11-28T09:00:00+08:00"));
    assertThat(a.refund()).isEqualTo(new Refund(RefundStatus.PENDING, Money.cny(5000)));
  }

  @Test
  void cancellingAfterTheCutoffSaysSoClearly() {
    wm.stubFor(post(urlEqualTo(BASE + "/appointments/apt-1/cancellation")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"code\":\"cancellation_cutoff_passed\"}")));

    assertThatThrownBy(() -> health.appointments().cancel("apt-1", CITIZEN))
        .isInstanceOf(CancellationCutoffPassedException.class)
        .hasMessageContaining("cancellation cut-off for this appointment has passed")
        .hasMessageContaining("code=cancellation_cutoff_passed");
    assertThatThrownBy(() -> health.appointments().cancelAsync("apt-1", CITIZEN).join())
        .hasCauseInstanceOf(CancellationCutoffPassedException.class);
  }

  @Test
  void aCutoffAnsweredWith422IsTheSameException() {
    wm.stubFor(post(urlEqualTo(BASE + "/appointments/apt-1/cancellation")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"Unprocessable\",\"status\":422,\"code\":\"cancellation_cutoff_passed\"}")));
    RequestOptions keyed = CITIZEN.toBuilder().idempotencyKey("cancel-apt-1-key").build();

    assertThatThrownBy(() -> health.appointments().cancel("apt-1", keyed))
        .isInstanceOfSatisfying(CancellationCutoffPassedException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.code()).isEqualTo("cancellation_cutoff_passed");
          assertThat(e.idempotencyKey()).isEqualTo("cancel-apt-1-key");
        });
    assertThatThrownBy(() -> health.appointments().cancelAsync("apt-1", keyed).join())
        .hasCauseInstanceOf(CancellationCutoffPassedException.class);
  }

  @Test
  void otherUnprocessableAnswersAreNotTranslated() {
    wm.stubFor(post(urlEqualTo(BASE + "/appointments/apt-1/cancellation")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"Unprocessable\",\"status\":422,\"code\":\"slot_full\"}")));

    assertThatThrownBy(() -> health.appointments().cancel("apt-1", CITIZEN))
        .isInstanceOf(BadRequestException.class)
        .isNotInstanceOf(SlotUnavailableException.class);
  }

  @Test
  void listAllStartsAtTheQueryCursor() {
    wm.stubFor(get(urlEqualTo(BASE + "/hospitals?cursor=5"))
        .willReturn(json(200, "{\"data\":[" + HOSPITAL_JSON.formatted(creditCode()) + "],\"next_cursor\":\"6\"}")));
    wm.stubFor(get(urlEqualTo(BASE + "/hospitals?cursor=6"))
        .willReturn(json(200, "{\"data\":[" + HOSPITAL_JSON.formatted(creditCode()).replace("h-1", "h-2") + "],\"next_cursor\":null}")));
    wm.stubFor(get(urlEqualTo(BASE + "/slots?hospital_id=h-1&cursor=5"))
        .willReturn(json(200, "{\"data\":[" + SLOT_JSON + "],\"next_cursor\":null}")));
    wm.stubFor(get(urlEqualTo(BASE + "/appointments?cursor=5"))
        .willReturn(json(200, "{\"data\":[" + APPOINTMENT_JSON.formatted("BOOKED", "") + "],\"next_cursor\":null}")));

    assertThat(health.hospitals().listAll(HospitalQuery.builder().cursor("5").build(), RequestOptions.none()).stream()
        .map(Hospital::id)).containsExactly("h-1", "h-2");
    assertThat(health.slots().listAll(SlotQuery.builder("h-1").cursor("5").build(), RequestOptions.none()).stream()
        .map(Slot::id)).containsExactly("s-1");
    assertThat(health.appointments().listAll(new AppointmentQuery(null, null, null, "5"), CITIZEN).stream()
        .map(Appointment::id)).containsExactly("apt-1");
    wm.verify(0, getRequestedFor(urlEqualTo(BASE + "/hospitals")));
  }

  @Test
  void clientForAnotherCityUsesItsCode() {
    wm.stubFor(get(urlEqualTo("/v1/cities/330100/health/hospitals")).willReturn(json(200, "{\"data\":[]}")));
    HealthClient hangzhou = HealthClient.create(services, CityCode.HANGZHOU);
    assertThat(hangzhou.city()).isEqualTo(CityCode.HANGZHOU);
    assertThat(hangzhou.hospitals().list(HospitalQuery.all(), RequestOptions.none()).data()).isEmpty();
  }

  @Test
  void createNeedsADefaultCity() {
    try (CityServices noCity = CityServices.builder().baseUrl(wm.baseUrl()).build()) {
      assertThatThrownBy(() -> HealthClient.create(noCity)).isInstanceOf(IllegalStateException.class);
    }
  }
}
