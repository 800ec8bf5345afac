package io.cityservices.exitentry;

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
import io.cityservices.testkit.exitentry.ExitEntrySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Every exit-entry exchange between the SDK and the sandbox must match exit-entry.yaml, both ways. */
@CitySandboxTest
class ExitEntryContractTest {
  private static final ContractDocument DOCUMENT = ContractDocument.load("exit-entry");
  private static final CityCode CITY = CityCode.GUANGZHOU;

  CitySandbox sandbox;

  @Test
  void everyOperationMatchesTheDocument() {
    List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(ContractExchanges.record(exchanges)).build();
    try (CityServices services = CityServices.builder().baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials()).defaultCity(CITY).okHttpClient(recording).build()) {
      runEveryOperation(services);
    } finally {
      recording.dispatcher().executorService().shutdown();
      recording.connectionPool().evictAll();
    }

    List<Exchange> exitEntry = exchanges.stream().filter(e -> e.path().contains("/exit-entry/")).toList();
    assertThat(exitEntry.stream().map(e -> e.method() + " " + e.status()).distinct())
        .contains("GET 200", "POST 201", "POST 200", "POST 409", "POST 422", "POST 403", "GET 404");
    assertThat(DOCUMENT.violations(exitEntry)).isEmpty();
  }

  private void runEveryOperation(CityServices services) {
    ExitEntryClient exitEntry = ExitEntryClient.create(services);
    ExitEntrySandbox hooks = sandbox.data(ExitEntrySandbox.class);
    RequestOptions citizen = RequestOptions.forCitizen(
        SandboxClients.login(services, sandbox.seed().firstCitizen(CITY).id()));
    RequestOptions restricted = RequestOptions.forCitizen(
        SandboxClients.login(services, sandbox.seed().citizens(CITY).get(19).id()));
    Office office = exitEntry.offices().list(OfficeQuery.builder().documentType(DocumentType.PASSPORT).limit(1).build(),
        RequestOptions.none()).data().get(0);
    exitEntry.offices().get(office.id(), RequestOptions.none());
    assertThatThrownBy(() -> exitEntry.offices().get("eo-missing", RequestOptions.none()))
        .isInstanceOf(CityServicesException.class);
    exitEntry.endorsementTypes().list(RequestOptions.none());
    List<Slot> slots = exitEntry.slots().list(SlotQuery.of(office.id(), SandboxClients.nextOpenDay(Clock.systemUTC())),
        RequestOptions.none()).data();

    Appointment booked = exitEntry.appointments().book(
        BookAppointmentRequest.builder(slots.get(0).id(), DocumentType.TAIWAN_PERMIT, ServiceType.FIRST_ISSUE).build(),
        citizen);
    exitEntry.appointments().list(AppointmentQuery.withStatus(AppointmentStatus.BOOKED), citizen);
    exitEntry.appointments().get(booked.id(), citizen);
    exitEntry.appointments().reschedule(booked.id(), slots.get(1).id(), citizen);
    Appointment child = exitEntry.appointments().book(
        BookAppointmentRequest.builder(slots.get(2).id(), DocumentType.PASSPORT, ServiceType.FIRST_ISSUE)
            .applicant(ExitEntryJourneySandboxTest.CHILD).guardian(sandbox.seed().firstCitizen(CITY).idNumber()).build(),
        citizen);
    exitEntry.appointments().cancel(child.id(), citizen);
    hooks.fillSlot(CITY, slots.get(3).id());
    assertThatThrownBy(() -> exitEntry.appointments().book(
        BookAppointmentRequest.builder(slots.get(3).id(), DocumentType.HK_MACAO_PERMIT, ServiceType.ENDORSEMENT)
            .endorsementType(EndorsementType.G).build(), citizen)).isInstanceOf(CityServicesException.class);
    assertThatThrownBy(() -> exitEntry.appointments().book(
        BookAppointmentRequest.builder(slots.get(4).id(), DocumentType.PASSPORT, ServiceType.FIRST_ISSUE)
            .applicant(ExitEntryJourneySandboxTest.CHILD).build(), citizen)).isInstanceOf(GuardianRequiredException.class);
    assertThatThrownBy(() -> exitEntry.appointments().book(
        BookAppointmentRequest.builder(slots.get(4).id(), DocumentType.PASSPORT, ServiceType.FIRST_ISSUE).build(),
        restricted)).isInstanceOf(NotEligibleException.class);

    String receipt = hooks.accept(booked.id(), "MAIL");
    exitEntry.applications().get(ReceiptNumber.of(receipt), citizen);
    exitEntry.applications().list(ApplicationQuery.all(), citizen);
    assertThatThrownBy(() -> exitEntry.applications().get(ReceiptNumber.of(receipt), restricted))
        .isInstanceOf(CityServicesException.class);
    exitEntry.documents().list(citizen);
  }
}
