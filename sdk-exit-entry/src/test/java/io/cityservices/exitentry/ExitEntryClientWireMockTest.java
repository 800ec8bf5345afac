package io.cityservices.exitentry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.pagination.Page;
import io.cityservices.testkit.junit.PlatformStub;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact request of every operation and the decoding of its response, against WireMock. */
class ExitEntryClientWireMockTest {
  static final String BASE = "/v1/cities/310000/exit-entry";
  static final String TOKEN = "citizen-access-token-0123456789";
  static final RequestOptions CITIZEN = RequestOptions.forCitizen(
      new CitizenToken("c-310000-001", TOKEN, null, Instant.now().plusSeconds(3600), "exit-entry"));
  static final String KEY = "\"[0-9a-zA-Z_-]{8,}\"";
  static final String APPLICANT = "310115201503070021";
  static final String OFFICE_JSON = """
      {"id":"eo-310000-01","name":"上海市公安局出入境管理局接待大厅","district":"310115","address":"浦东新区民生路1500号",
       "phone":"021-28951900","opening_hours":"周一至周六 9:00-17:00","document_types":["PASSPORT","HK_MACAO_PERMIT","VISA"]}
      """;
  static final String SLOT_JSON = """
      {"id":"eo-310000-01-20261203-0900","office_id":"eo-310000-01","start":"2026-12-03T09:00:00+08:00",
       "end":"2026-12-03T09:30:00+08:00","capacity":6,"remaining_capacity":2,"status":"FREE"}
      """;
  static final String APPOINTMENT_JSON = """
      {"id":"ea-1","office_id":"eo-310000-01","slot_id":"eo-310000-01-20261203-0900","start":"2026-12-03T09:00:00+08:00",
       "end":"2026-12-03T09:30:00+08:00","document_type":"PASSPORT","service_type":"FIRST_ISSUE","endorsement_type":null,
       "applicant_id_number":"310115201503070021","guardian_id_number":null,"status":"%s","receipt_number":null,
       "created_at":"2026-12-01T10:00:00+08:00","cancelled_at":null}
      """;
  static final String APPLICATION_JSON = """
      {"receipt_number":"31000020261201100042","office_id":"eo-310000-01","document_type":"PASSPORT",
       "service_type":"RENEWAL","status":"MAILED","delivery":"MAIL","accepted_at":"2026-12-01T10:00:00+08:00",
       "issue_due_on":"2026-12-22","tracking_number":"EMS1234567890CN","refusal_reason":null,
       "history":[{"status":"ACCEPTED","at":"2026-12-01T10:00:00+08:00"},{"status":"SHIPPED_ABROAD","at":"2026-12-02T10:00:00+08:00"}]}
      """;

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  WireMockServer wm;
  CityServices services;
  ExitEntryClient exitEntry;

  @BeforeEach
  void client() {
    wm = platform.server();
    services = platform.client(CityCode.SHANGHAI);
    exitEntry = ExitEntryClient.create(services);
  }

  @AfterEach
  void close() {
    services.close();
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static ResponseDefinitionBuilder problem(int status, String code) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + status + ",\"code\":\"" + code + "\"}");
  }

  @Test
  void listOfficesSendsEveryCriterionWithoutACitizenAndReadsUnknownTypes() {
    wm.stubFor(get(urlPathEqualTo(BASE + "/offices")).willReturn(json(200, "{\"data\":[" + OFFICE_JSON + "],\"next_cursor\":\"c2\"}")));

    Page<Office> page = exitEntry.offices().list(OfficeQuery.builder().documentType(DocumentType.PASSPORT)
        .district("310115").limit(10).cursor("c1").build(), RequestOptions.none());

    wm.verify(getRequestedFor(urlEqualTo(BASE + "/offices?document_type=PASSPORT&district=310115&limit=10&cursor=c1"))
        .withHeader("X-Citizen-Token", absent()));
    assertThat(page.nextCursor()).isEqualTo("c2");
    Office office = page.data().get(0);
    assertThat(office.openingHours()).isEqualTo("周一至周六 9:00-17:00");
    assertThat(office.documentTypes()).containsExactly(DocumentType.PASSPORT, DocumentType.HK_MACAO_PERMIT, DocumentType.UNKNOWN);
  }

  @Test
  void listAllOfficesFollowsTheCursor() {
    wm.stubFor(get(urlEqualTo(BASE + "/offices")).willReturn(json(200, "{\"data\":[" + OFFICE_JSON + "],\"next_cursor\":\"n\"}")));
    wm.stubFor(get(urlEqualTo(BASE + "/offices?cursor=n")).willReturn(json(200, "{\"data\":[" + OFFICE_JSON + "],\"next_cursor\":null}")));
    assertThat(exitEntry.offices().listAll(OfficeQuery.all(), RequestOptions.none()).stream()).hasSize(2);
  }

  @Test
  void getOfficeEncodesTheId() {
    wm.stubFor(get(urlEqualTo(BASE + "/offices/eo%3A1")).willReturn(json(200, OFFICE_JSON)));
    assertThat(exitEntry.offices().getAsync("eo:1", RequestOptions.none()).join().name()).contains("出入境");
  }

  @Test
  void endorsementTypesAreDecoded() {
    wm.stubFor(get(urlEqualTo(BASE + "/endorsement-types")).willReturn(json(200, """
        [{"type":"G","name":"个人旅游","document_type":"HK_MACAO_PERMIT","options":[{"validity_months":3,"entries":1}]},
         {"type":"Z","name":"新类型","document_type":"HK_MACAO_PERMIT","options":[{"validity_months":12,"entries":null}]}]""")));
    List<EndorsementKind> kinds = exitEntry.endorsementTypes().list(RequestOptions.none());
    assertThat(kinds).extracting(EndorsementKind::type).containsExactly(EndorsementType.G, EndorsementType.UNKNOWN);
    assertThat(kinds.get(1).options()).containsExactly(new EndorsementOption(12, null));
  }

  @Test
  void listSlotsSendsOfficeAndDateWithoutACitizen() {
    wm.stubFor(get(urlPathEqualTo(BASE + "/slots")).willReturn(json(200, "{\"data\":[" + SLOT_JSON + "],\"next_cursor\":null}")));
    Slot slot = exitEntry.slots().list(SlotQuery.of("eo-310000-01", LocalDate.of(2026, 12, 3)).withLimit(50), CITIZEN)
        .data().get(0);
    wm.verify(getRequestedFor(urlEqualTo(BASE + "/slots?office_id=eo-310000-01&date=2026-12-03&limit=50"))
        .withHeader("X-Citizen-Token", absent()));
    assertThat(slot.isBookable()).isTrue();
    assertThat(slot.start()).isEqualTo(OffsetDateTime.parse("2026-12-03T09:00:00+08:00"));
  }

  @Test
  void bookPostsTheRequestWithAnIdempotencyKeyAndTheCitizen() {
    wm.stubFor(post(urlEqualTo(BASE + "/appointments")).willReturn(json(201, APPOINTMENT_JSON.formatted("BOOKED"))));
    Appointment booked = exitEntry.appointments().book(BookAppointmentRequest
        .builder("eo-310000-01-20261203-0900", DocumentType.PASSPORT, ServiceType.FIRST_ISSUE)
        .applicant(ResidentIdNumber.of(APPLICANT)).build(), CITIZEN);

    wm.verify(postRequestedFor(urlEqualTo(BASE + "/appointments"))
        .withHeader("Idempotency-Key", matching(KEY))
        .withHeader("X-Citizen-Token", equalTo(TOKEN))
        .withRequestBody(equalToJson("""
            {"slot_id":"eo-310000-01-20261203-0900","document_type":"PASSPORT","service_type":"FIRST_ISSUE",
             "applicant_id_number":"310115201503070021"}""", true, false)));
    assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(booked.applicantIdNumber().value()).isEqualTo(APPLICANT);
    assertThat(booked.guardianIdNumber()).isNull();
  }

  @Test
  void bookUsesTheCallersKey() {
    wm.stubFor(post(urlEqualTo(BASE + "/appointments")).willReturn(json(201, APPOINTMENT_JSON.formatted("BOOKED"))));
    exitEntry.appointments().bookAsync(BookAppointmentRequest.builder("s", DocumentType.PASSPORT, ServiceType.RENEWAL).build(),
        RequestOptions.builder().citizen(CITIZEN.citizen()).idempotencyKey("order-42").build()).join();
    wm.verify(postRequestedFor(urlEqualTo(BASE + "/appointments")).withHeader("Idempotency-Key", matching(".*order-42.*")));
  }

  @Test
  void everyPlatformErrorBecomesItsType() {
    assertBookFails(problem(409, "slot_taken"), SlotUnavailableException.class, "slot_taken");
    assertBookFails(problem(409, "slot_full"), SlotUnavailableException.class, "slot_full");
    assertBookFails(problem(422, "guardian_required"), GuardianRequiredException.class, "guardian_required");
    assertBookFails(problem(409, "document_still_valid"), DocumentStillValidException.class, "document_still_valid");
    assertBookFails(problem(403, "not_eligible"), NotEligibleException.class, "not_eligible");
  }

  private void assertBookFails(ResponseDefinitionBuilder answer, Class<? extends CityServicesException> type, String code) {
    wm.resetAll();
    wm.stubFor(post(urlEqualTo(BASE + "/appointments")).willReturn(answer));
    BookAppointmentRequest request = BookAppointmentRequest.builder("s", DocumentType.PASSPORT, ServiceType.RENEWAL).build();
    assertThatThrownBy(() -> exitEntry.appointments().book(request, CITIZEN)).isInstanceOf(type)
        .extracting(e -> ((CityServicesException) e).code()).isEqualTo(code);
    assertThatThrownBy(() -> exitEntry.appointments().bookAsync(request, CITIZEN).join()).hasCauseInstanceOf(type);
  }

  @Test
  void listAndGetAppointments() {
    wm.stubFor(get(urlEqualTo(BASE + "/appointments?status=BOOKED&limit=5"))
        .willReturn(json(200, "{\"data\":[" + APPOINTMENT_JSON.formatted("BOOKED") + "],\"next_cursor\":null}")));
    wm.stubFor(get(urlEqualTo(BASE + "/appointments/ea-1")).willReturn(json(200, APPOINTMENT_JSON.formatted("ATTENDED"))));
    assertThat(exitEntry.appointments().list(AppointmentQuery.withStatus(AppointmentStatus.BOOKED).withLimit(5), CITIZEN)
        .data()).hasSize(1);
    assertThat(exitEntry.appointments().get("ea-1", CITIZEN).status()).isEqualTo(AppointmentStatus.ATTENDED);
    wm.verify(getRequestedFor(urlEqualTo(BASE + "/appointments/ea-1")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
  }

  @Test
  void rescheduleAndCancelAreKeyedPosts() {
    wm.stubFor(post(urlEqualTo(BASE + "/appointments/ea-1/reschedule")).willReturn(json(200, APPOINTMENT_JSON.formatted("BOOKED"))));
    wm.stubFor(post(urlEqualTo(BASE + "/appointments/ea-1/cancellation")).willReturn(json(200, APPOINTMENT_JSON.formatted("CANCELLED"))));
    exitEntry.appointments().reschedule("ea-1", "slot-2", CITIZEN);
    assertThat(exitEntry.appointments().cancel("ea-1", CITIZEN).status()).isEqualTo(AppointmentStatus.CANCELLED);
    wm.verify(postRequestedFor(urlEqualTo(BASE + "/appointments/ea-1/reschedule"))
        .withHeader("Idempotency-Key", matching(KEY)).withRequestBody(equalToJson("{\"slot_id\":\"slot-2\"}")));
    wm.verify(postRequestedFor(urlEqualTo(BASE + "/appointments/ea-1/cancellation"))
        .withHeader("Idempotency-Key", matching(KEY)).withHeader("X-Citizen-Token", equalTo(TOKEN)));
  }

  @Test
  void getApplicationReadsItsHistoryAndUnknownStatuses() {
    wm.stubFor(get(urlEqualTo(BASE + "/applications/31000020261201100042")).willReturn(json(200, APPLICATION_JSON)));
    Application application = exitEntry.applications().get(ReceiptNumber.of("31000020261201100042"), CITIZEN);
    assertThat(application.status()).isEqualTo(ApplicationStatus.MAILED);
    assertThat(application.trackingNumber()).isEqualTo("EMS1234567890CN");
    assertThat(application.issueDueOn()).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(application.history()).extracting(StatusChange::status)
        .containsExactly(ApplicationStatus.ACCEPTED, ApplicationStatus.UNKNOWN);
  }

  @Test
  void aReceiptNumberThatIsNotTheCitizensIsNotFound() {
    wm.stubFor(get(urlEqualTo(BASE + "/applications/31000020261201100042")).willReturn(problem(404, "receipt_not_found")));
    assertThatThrownBy(() -> exitEntry.applications().get(ReceiptNumber.of("31000020261201100042"), CITIZEN))
        .isInstanceOf(NotFoundException.class).extracting(e -> ((CityServicesException) e).code()).isEqualTo("receipt_not_found");
  }

  @Test
  void listApplicationsAndDocuments() {
    wm.stubFor(get(urlEqualTo(BASE + "/applications?status=MAILED"))
        .willReturn(json(200, "{\"data\":[" + APPLICATION_JSON + "],\"next_cursor\":null}")));
    wm.stubFor(get(urlEqualTo(BASE + "/documents")).willReturn(json(200, """
        [{"type":"HK_MACAO_PERMIT","number":"C12345678","status":"VALID","issued_on":"2020-01-02","expires_on":"2030-01-01",
          "expiry_warning":false,"endorsements":[{"type":"S","valid_until":"2027-01-01","entries_allowed":null,"entries_used":3}]}]""")));
    assertThat(exitEntry.applications().listAll(ApplicationQuery.withStatus(ApplicationStatus.MAILED), CITIZEN).stream())
        .hasSize(1);
    TravelDocument permit = exitEntry.documents().list(CITIZEN).get(0);
    assertThat(permit.number().value()).isEqualTo("C12345678");
    assertThat(permit.endorsements().get(0).remainingEntries()).isNull();
    assertThat(permit.endorsements().get(0).isUsable(LocalDate.of(2026, 12, 1))).isTrue();
    wm.verify(getRequestedFor(urlEqualTo(BASE + "/documents")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
  }
}
