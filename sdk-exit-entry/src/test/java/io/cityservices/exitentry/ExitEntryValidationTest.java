package io.cityservices.exitentry;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.testkit.junit.PlatformStub;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input is refused before anything is sent: WireMock must see no request at all. */
class ExitEntryValidationTest {
  @RegisterExtension static final PlatformStub platform = new PlatformStub();
  static final RequestOptions CITIZEN = ExitEntryClientWireMockTest.CITIZEN;

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
  void noRequestWasSent() {
    services.close();
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  private static void assertInvalidField(ThrowingCallable call, String... fieldAlternatives) {
    assertThatThrownBy(() -> {
          try {
            call.call();
          } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause();
          }
        })
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
            .anySatisfy(f -> assertThat(f).isIn((Object[]) fieldAlternatives)));
  }

  @Test
  void blankIdsAreRefused() {
    assertInvalidField(() -> exitEntry.offices().get(" ", RequestOptions.none()), "office_id");
    assertInvalidField(() -> exitEntry.appointments().get(null, CITIZEN), "appointment_id");
    assertInvalidField(() -> exitEntry.appointments().cancelAsync("", CITIZEN).join(), "appointment_id");
    assertInvalidField(() -> exitEntry.appointments().reschedule("ea-1", " ", CITIZEN), "slot_id");
    assertInvalidField(() -> exitEntry.appointments().rescheduleAsync(null, "s", CITIZEN).join(), "appointment_id");
    assertInvalidField(() -> exitEntry.applications().get(null, CITIZEN), "receipt_number");
  }

  @Test
  void queriesCheckTheirFields() {
    assertInvalidField(() -> exitEntry.slots().list(new SlotQuery("", LocalDate.of(2026, 12, 3), null, null),
        RequestOptions.none()), "officeId", "office_id");
    assertInvalidField(() -> exitEntry.slots().listAsync(new SlotQuery("eo-1", null, null, null), RequestOptions.none()).join(),
        "date");
    assertInvalidField(() -> exitEntry.offices().list(OfficeQuery.builder().limit(0).build(), RequestOptions.none()), "limit");
    assertInvalidField(() -> exitEntry.appointments().list(AppointmentQuery.all().withLimit(101), CITIZEN), "limit");
    assertInvalidField(() -> exitEntry.applications().listAsync(ApplicationQuery.all().withLimit(-1), CITIZEN).join(), "limit");
  }

  @Test
  void citizenOperationsNeedACitizen() {
    assertThatThrownBy(() -> exitEntry.documents().list(RequestOptions.none())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> exitEntry.applications().list(ApplicationQuery.all(), RequestOptions.none()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aBookingNeedsASlotAndConsistentTypes() {
    assertInvalidField(() -> exitEntry.appointments().book(
        BookAppointmentRequest.builder(" ", DocumentType.PASSPORT, ServiceType.FIRST_ISSUE).build(), CITIZEN), "slotId", "slot_id");
    assertInvalidField(() -> book(BookAppointmentRequest.builder("s", DocumentType.HK_MACAO_PERMIT, ServiceType.ENDORSEMENT)),
        "endorsementType");
    assertInvalidField(() -> book(BookAppointmentRequest.builder("s", DocumentType.PASSPORT, ServiceType.ENDORSEMENT)
        .endorsementType(EndorsementType.G)), "endorsementType");
    assertInvalidField(() -> book(BookAppointmentRequest.builder("s", DocumentType.PASSPORT, ServiceType.RENEWAL)
        .endorsementType(EndorsementType.G)), "endorsementType");
    assertInvalidField(() -> book(BookAppointmentRequest.builder("s", DocumentType.UNKNOWN, ServiceType.UNKNOWN)),
        "documentType", "serviceType");
    ResidentIdNumber same = ResidentIdNumber.of("310115201503070021");
    assertInvalidField(() -> book(BookAppointmentRequest.builder("s", DocumentType.PASSPORT, ServiceType.FIRST_ISSUE)
        .applicant(same).guardian(same)), "guardianIdNumber");
  }

  /** Cross-field rules are checked when the request is sent, not when it is built. */
  private Appointment book(BookAppointmentRequest.Builder request) {
    return exitEntry.appointments().book(request.build(), CITIZEN);
  }

  @Test
  void everyBrokenFieldIsNamedAtOnce() {
    assertThatThrownBy(() -> book(BookAppointmentRequest.builder("s", DocumentType.UNKNOWN, ServiceType.UNKNOWN)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
            .containsExactly("documentType", "serviceType"));
  }

  @Test
  void documentAndReceiptNumbersCheckTheirFormatWithoutEchoingIt() {
    assertThatThrownBy(() -> DocumentNumber.of("e1234567")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("e1234567");
    assertThatThrownBy(() -> DocumentNumber.of("E123")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReceiptNumber.of("3100002026120110004")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("3100002026120110004");
    assertThat(DocumentNumber.of("EA1234567").value()).isEqualTo("EA1234567");
  }
}
