package io.cityservices.exitentry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.testkit.junit.PlatformStub;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.ResidentIdNumber;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Document numbers, receipt numbers, identity numbers and tracking numbers never show in clear. */
class PrivacyTest {
  static final String PASSPORT = "E12345678";
  static final String RECEIPT = "31000020261201100042";
  static final String ID = "310115201503070021";
  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T10:00:00+08:00");

  @Test
  void numbersMaskThemselves() {
    assertThat(DocumentNumber.of(PASSPORT)).hasToString("E******78");
    assertThat(DocumentNumber.of("EA1234567")).hasToString("E******67");
    assertThat(ReceiptNumber.of(RECEIPT).toString()).doesNotContain(RECEIPT).endsWith("0042");
  }

  @Test
  void travelDocumentShowsNoNumber() {
    TravelDocument passport = new TravelDocument(DocumentType.PASSPORT, DocumentNumber.of(PASSPORT), DocumentStatus.VALID,
        LocalDate.of(2017, 1, 1), LocalDate.of(2026, 12, 31), true, List.of());
    assertThat(passport.toString()).doesNotContain(PASSPORT).contains("PASSPORT", "E******78");
  }

  @Test
  void appointmentShowsNoIdentityNumber() {
    Appointment appointment = new Appointment("ea-1", "eo-1", "s-1", AT, AT.plusMinutes(30), DocumentType.PASSPORT,
        ServiceType.FIRST_ISSUE, null, ResidentIdNumber.of(ID), ResidentIdNumber.of("11010519491231002X"),
        AppointmentStatus.ATTENDED, ReceiptNumber.of(RECEIPT), AT, null);
    assertThat(appointment.toString()).doesNotContain(ID, "11010519491231002X", RECEIPT).contains("ea-1", "ATTENDED");
  }

  @Test
  void applicationShowsNoReceiptTrackingNumberOrReason() {
    Application application = new Application(ReceiptNumber.of(RECEIPT), "eo-1", DocumentType.PASSPORT,
        ServiceType.RENEWAL, null, ApplicationStatus.REFUSED, DeliveryMethod.MAIL, AT, LocalDate.of(2026, 12, 22),
        "EMS1234567890CN", "出境目的地为…", List.of(new StatusChange(ApplicationStatus.REFUSED, AT)));
    assertThat(application.toString()).doesNotContain(RECEIPT, "EMS1234567890CN", "出境目的地").contains("REFUSED");
  }

  @Test
  void eventsShowNoNumber() {
    assertThat(new DocumentExpiring("c-1", DocumentType.PASSPORT, DocumentNumber.of(PASSPORT), LocalDate.of(2027, 1, 1))
        .toString()).doesNotContain(PASSPORT);
    assertThat(new ApplicationStatusChanged(ReceiptNumber.of(RECEIPT), "c-1", DocumentType.PASSPORT,
        ApplicationStatus.ISSUED, ApplicationStatus.MAILED, AT).toString()).doesNotContain(RECEIPT);
  }

  @Test
  void clientToStringNamesOnlyTheCity() {
    try (CityServices services = CityServices.builder().baseUrl("http://127.0.0.1:9").checkServiceCatalog(false).build()) {
      assertThat(ExitEntryClient.create(services, CityCode.SHANGHAI)).hasToString("ExitEntryClient[city=310000]");
    }
  }

  /** Tests log io.cityservices at TRACE (see the root pom): bodies and paths must carry nothing in clear. */
  @Test
  void traceLogCarriesNoNumberInClear() {
    String tracking = "EMS1234567890CN";
    String application = ExitEntryClientWireMockTest.APPLICATION_JSON.replace("31000020261201100042", RECEIPT)
        .replace("EMS1234567890CN", tracking);
    platform.server().stubFor(get(urlPathMatching(".*/applications/.*")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(application)));
    platform.server().stubFor(get(urlPathMatching(".*/documents")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("[{\"type\":\"PASSPORT\",\"number\":\"" + PASSPORT
            + "\",\"status\":\"VALID\",\"issued_on\":\"2017-01-01\",\"expires_on\":\"2026-12-31\","
            + "\"expiry_warning\":true,\"endorsements\":[]}]")));
    platform.server().stubFor(post(urlPathMatching(".*/appointments")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(ExitEntryClientWireMockTest.APPOINTMENT_JSON.formatted("BOOKED"))));
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (CityServices services = platform.client(CityCode.SHANGHAI)) {
      ExitEntryClient exitEntry = ExitEntryClient.create(services);
      RequestOptions citizen = ExitEntryClientWireMockTest.CITIZEN;
      exitEntry.applications().get(ReceiptNumber.of(RECEIPT), citizen);
      exitEntry.documents().list(citizen);
      exitEntry.appointments().book(BookAppointmentRequest.builder("s-1", DocumentType.PASSPORT, ServiceType.FIRST_ISSUE)
          .applicant(ResidentIdNumber.of(ID)).guardian(ResidentIdNumber.of("11010519491231002X")).build(), citizen);
    } finally {
      System.setOut(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("getApplication", "response body");
    assertThat(log).doesNotContain(RECEIPT, PASSPORT, tracking, ID, "11010519491231002X");
  }
}
