package io.cityservices.health;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.testkit.junit.PlatformStub;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is refused before anything is sent: WireMock must see no request at all. */
class HealthValidationTest {
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

  /** Cross-field rules are checked when the request is sent, not when it is built. */
  private void listSlots(SlotQuery.Builder query) {
    health.slots().list(query.build(), RequestOptions.none());
  }

  private void addPatient(NewPatient.Builder patient) {
    health.patients().add(patient.build(), HealthClientWireMockTest.CITIZEN);
  }

  @Test
  void hospitalSearchChecksDistrictAndLimit() {
    assertInvalidField(() -> health.hospitals().list(HospitalQuery.builder().district("JingAn").build(), RequestOptions.none()),
        "district");
    assertInvalidField(() -> health.hospitals().list(HospitalQuery.builder().limit(0).build(), RequestOptions.none()), "limit");
    assertInvalidField(() -> health.hospitals().listAsync(HospitalQuery.builder().limit(101).build(), RequestOptions.none()).join(),
        "limit");
  }

  @Test
  void blankIdsAreRefused() {
    assertInvalidField(() -> health.hospitals().get(" ", RequestOptions.none()), "hospital_id");
    assertInvalidField(() -> health.hospitals().departments(null, RequestOptions.none()), "hospital_id");
    assertInvalidField(() -> health.hospitals().doctorsAsync("", null, RequestOptions.none()).join(), "hospital_id");
    assertInvalidField(() -> health.patients().remove("", HealthClientWireMockTest.CITIZEN), "patient_id");
    assertInvalidField(() -> health.appointments().get(null, HealthClientWireMockTest.CITIZEN), "appointment_id");
    assertInvalidField(() -> health.appointments().cancelAsync(" ", HealthClientWireMockTest.CITIZEN).join(), "appointment_id");
  }

  @Test
  void slotQueryChecksHospitalAndDates() {
    assertInvalidField(() -> health.slots().list(SlotQuery.builder("").build(), RequestOptions.none()), "hospitalId", "hospital_id");
    assertInvalidField(() -> listSlots(SlotQuery.builder("h-1").from(LocalDate.of(2026, 12, 7)).to(LocalDate.of(2026, 12, 1))), "to");
    assertInvalidField(() -> listSlots(SlotQuery.builder("h-1").from(LocalDate.of(2026, 12, 1)).to(LocalDate.of(2027, 1, 1))), "to");
    assertInvalidField(() -> health.slots().listAsync(SlotQuery.builder("h-1").limit(500).build(), RequestOptions.none()).join(),
        "limit");
  }

  @Test
  void newPatientNeedsEveryFieldAndAFamilyRelationship() {
    assertInvalidField(() -> addPatient(NewPatient.builder().relationship(Relationship.SELF)), "relationship");
    assertInvalidField(() -> addPatient(NewPatient.builder().relationship(Relationship.UNKNOWN)), "relationship");
    NewPatient missing = NewPatient.builder().relationship(Relationship.PARENT).name(PersonName.of("王建国")).build();
    assertThatThrownBy(() -> health.patients().add(missing, HealthClientWireMockTest.CITIZEN))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
            .anySatisfy(f -> assertThat(f).containsIgnoringCase("id"))
            .anySatisfy(f -> assertThat(f).containsIgnoringCase("phone")));
  }

  @Test
  void aBadIdentityNumberCannotEvenBeBuilt() {
    assertThatThrownBy(() -> io.cityservices.core.model.ResidentIdNumber.of("310115201503070022"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("310115201503070022");
  }

  @Test
  void bookingNeedsSlotPatientAndANonNegativeFee() {
    assertInvalidField(() -> health.appointments().book(new BookAppointmentRequest("s-1", "p-1", Money.cny(-1)),
        HealthClientWireMockTest.CITIZEN), "expectedFee");
    assertThatThrownBy(() -> health.appointments().book(new BookAppointmentRequest("", null, null), HealthClientWireMockTest.CITIZEN))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).hasSizeGreaterThanOrEqualTo(3));
  }

  @Test
  void citizenOperationsNeedACitizen() {
    assertThatThrownBy(() -> health.patients().list(RequestOptions.none())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> health.appointments().list(AppointmentQuery.all(), RequestOptions.none()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> health.appointments().book(new BookAppointmentRequest("s-1", "p-1", Money.cny(100)),
        RequestOptions.none())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> health.patients().addAsync(HealthJourneySandboxTest.child(), RequestOptions.none()).join())
        .hasCauseInstanceOf(ValidationException.class);
  }

  @Test
  void appointmentQueryChecksTheLimit() {
    assertInvalidField(() -> health.appointments().list(new AppointmentQuery(null, null, 0, null), HealthClientWireMockTest.CITIZEN),
        "limit");
  }

  @Test
  void phoneMustBeAMobileNumber() {
    assertThatThrownBy(() -> PhoneNumber.of("12345")).isInstanceOf(IllegalArgumentException.class);
  }
}
