package io.cityservices.health;

import io.cityservices.core.error.SlotUnavailableException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.conventions.ContractDocument;
import io.cityservices.conventions.ContractExchanges;
import io.cityservices.conventions.ContractExchanges.Exchange;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.health.HealthSandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Every health exchange between the SDK and the sandbox must match health.yaml, both ways. */
@CitySandboxTest
class HealthContractTest {
  private static final ContractDocument DOCUMENT = ContractDocument.load("health");

  CitySandbox sandbox;

  @Test
  void everyOperationMatchesTheDocument() {
    List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(ContractExchanges.record(exchanges)).build();
    try (CityServices services = CityServices.builder().baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials()).defaultCity(CityCode.SHENZHEN).okHttpClient(recording).build()) {
      runEveryOperation(services);
    } finally {
      recording.dispatcher().executorService().shutdown();
      recording.connectionPool().evictAll();
    }

    List<Exchange> health = exchanges.stream().filter(e -> e.path().contains("/health/")).toList();
    assertThat(health.stream().map(e -> e.method() + " " + e.status()).distinct())
        .contains("GET 200", "POST 201", "POST 200", "DELETE 204", "POST 409", "GET 404");
    assertThat(DOCUMENT.violations(health)).isEmpty();
  }

  private void runEveryOperation(CityServices services) {
    HealthClient health = HealthClient.create(services);
    RequestOptions citizen = RequestOptions.forCitizen(
        SandboxClients.login(services, sandbox.seed().firstCitizen(CityCode.SHENZHEN).id()));
    Hospital hospital = health.hospitals().list(HospitalQuery.builder().level(HospitalLevel.GRADE_3A).limit(1).build(),
        RequestOptions.none()).data().get(0);
    health.hospitals().get(hospital.id(), RequestOptions.none());
    Department clinic = health.hospitals().departments(hospital.id(), RequestOptions.none()).stream()
        .filter(d -> !d.isTopLevel()).findFirst().orElseThrow();
    health.hospitals().doctors(hospital.id(), clinic.id(), RequestOptions.none());
    assertThatThrownBy(() -> health.hospitals().get("h-missing", RequestOptions.none())).isInstanceOf(CityServicesException.class);
    LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
    Slot slot = health.slots().list(SlotQuery.builder(hospital.id()).departmentId(clinic.id()).from(from).to(from.plusDays(2))
        .build(), RequestOptions.none()).data().stream().filter(Slot::isBookable).findFirst().orElseThrow();

    Patient self = health.patients().list(citizen).get(0);
    Patient child = health.patients().add(HealthJourneySandboxTest.child(), citizen);
    Appointment booked = health.appointments().book(BookAppointmentRequest.of(slot, self.id()), citizen);
    health.appointments().list(AppointmentQuery.withStatus(AppointmentStatus.BOOKED), citizen);
    health.appointments().get(booked.id(), citizen);
    health.appointments().cancel(booked.id(), citizen);
    sandbox.data(HealthSandbox.class).setRemainingCapacity(slot.id(), 0);
    assertThatThrownBy(() -> health.appointments().book(BookAppointmentRequest.of(slot, child.id()), citizen))
        .isInstanceOf(SlotUnavailableException.class);
    health.patients().remove(child.id(), citizen);
  }
}
