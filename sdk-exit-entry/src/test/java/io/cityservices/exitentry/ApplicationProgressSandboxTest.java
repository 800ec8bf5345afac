package io.cityservices.exitentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.Event;
import io.cityservices.testkit.exitentry.ExitEntrySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Applications moving through every state on the sandbox clock. Each test moves the clock, so each
 * runs on a sandbox of its own.
 */
class ApplicationProgressSandboxTest {
  static final CityCode CITY = CityCode.HANGZHOU;
  final ObjectMapper mapper = JsonMapperFactory.create();

  /** Books, comes to the office and is accepted: the receipt number of the new application. */
  private static ReceiptNumber apply(CitySandbox sandbox, ExitEntryClient exitEntry, RequestOptions citizen,
      String delivery) {
    Slot slot = exitEntry.slots().listAll(SlotQuery.of("eo-330100-01", SandboxClients.nextOpenDay(sandbox.clock())),
        RequestOptions.none()).stream().filter(Slot::isBookable).findFirst().orElseThrow();
    Appointment booked = exitEntry.appointments().book(
        BookAppointmentRequest.builder(slot.id(), DocumentType.TAIWAN_PERMIT, ServiceType.FIRST_ISSUE).build(), citizen);
    return ReceiptNumber.of(sandbox.data(ExitEntrySandbox.class).accept(booked.id(), delivery));
  }

  private static RequestOptions login(CityServices services, CitySandbox sandbox) {
    return RequestOptions.forCitizen(SandboxClients.login(services, sandbox.seed().firstCitizen(CITY).id()));
  }

  private static void advanceDays(CitySandbox sandbox, int days) {
    sandbox.clock().advance(Duration.ofDays(days));
  }

  @Test
  @CitySandboxTest
  void aMailedApplicationPassesEveryStepWithinTheLegalDeadlineAndSaysSoByWebhook(CitySandbox sandbox) throws Exception {
    try (CityServices services = SandboxClients.client(sandbox, CITY, sandbox.clock())) {
      ExitEntryClient exitEntry = ExitEntryClient.create(services);
      ReceiptNumber receipt = apply(sandbox, exitEntry, login(services, sandbox), "MAIL");
      Application accepted = exitEntry.applications().get(receipt, login(services, sandbox));
      assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
      assertThat(accepted.delivery()).isEqualTo(DeliveryMethod.MAIL);
      LocalDate acceptedOn = accepted.acceptedAt().toLocalDate();
      assertThat(workingDaysBetween(acceptedOn, accepted.issueDueOn())).isEqualTo(15);

      advanceDays(sandbox, 21);
      Application mailed = exitEntry.applications().get(receipt, login(services, sandbox));

      assertThat(mailed.status()).isEqualTo(ApplicationStatus.MAILED);
      assertThat(mailed.trackingNumber()).matches("EMS\\d{10}CN");
      assertThat(mailed.history()).extracting(StatusChange::status).containsExactly(ApplicationStatus.ACCEPTED,
          ApplicationStatus.UNDER_REVIEW, ApplicationStatus.APPROVED, ApplicationStatus.IN_PRODUCTION,
          ApplicationStatus.ISSUED, ApplicationStatus.MAILED);
      StatusChange issued = mailed.history().get(4);
      assertThat(issued.at().toLocalDate()).isBeforeOrEqualTo(mailed.issueDueOn());
      assertThat(mailed.history()).extracting(StatusChange::at).isSorted();
      assertThat(mailed.toString()).doesNotContain(mailed.trackingNumber()).doesNotContain(receipt.value());

      List<Event> changes = sandbox.events().published().stream()
          .filter(e -> e.type().equals(ExitEntryEvents.APPLICATION_STATUS_CHANGED.name()))
          .filter(e -> e.data().path("receipt_number").asText().equals(receipt.value())).toList();
      assertThat(changes).hasSize(5);
      ApplicationStatusChanged last = mapper.treeToValue(changes.get(4).data(),
          ExitEntryEvents.APPLICATION_STATUS_CHANGED.dataType());
      assertThat(last.previousStatus()).isEqualTo(ApplicationStatus.ISSUED);
      assertThat(last.status()).isEqualTo(ApplicationStatus.MAILED);
      assertThat(last.receiptNumber()).isEqualTo(receipt);
    }
  }

  @Test
  @CitySandboxTest
  void aPickedUpApplicationWaitsAtTheOfficeUntilCollected(CitySandbox sandbox) {
    try (CityServices services = SandboxClients.client(sandbox, CITY, sandbox.clock())) {
      ExitEntryClient exitEntry = ExitEntryClient.create(services);
      ExitEntrySandbox hooks = sandbox.data(ExitEntrySandbox.class);
      hooks.setIssueWorkingDays(15);
      ReceiptNumber receipt = apply(sandbox, exitEntry, login(services, sandbox), "PICKUP");

      advanceDays(sandbox, 8);
      Application midway = exitEntry.applications().get(receipt, login(services, sandbox));
      assertThat(midway.status()).isIn(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.APPROVED);

      advanceDays(sandbox, 20);
      Application ready = exitEntry.applications().get(receipt, login(services, sandbox));
      assertThat(ready.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
      assertThat(ready.needsAction()).isTrue();
      hooks.collect(receipt.value());
      Application collected = exitEntry.applications().listAll(
          ApplicationQuery.withStatus(ApplicationStatus.COLLECTED), login(services, sandbox)).stream().findFirst().orElseThrow();
      assertThat(collected.receiptNumber()).isEqualTo(receipt);
      assertThat(collected.status().isFinal()).isTrue();
      assertThatThrownBy(() -> hooks.setIssueWorkingDays(16)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  @CitySandboxTest
  void aReturnedApplicationResumesAfterCorrectionOrIsRefusedWithItsReason(CitySandbox sandbox) {
    try (CityServices services = SandboxClients.client(sandbox, CITY, sandbox.clock())) {
      ExitEntryClient exitEntry = ExitEntryClient.create(services);
      ExitEntrySandbox hooks = sandbox.data(ExitEntrySandbox.class);
      ReceiptNumber receipt = apply(sandbox, exitEntry, login(services, sandbox), "MAIL");
      advanceDays(sandbox, 3);
      hooks.advance();
      hooks.returnForCorrection(receipt.value(), "照片不符合要求，请重新采集");

      Application returned = exitEntry.applications().get(receipt, login(services, sandbox));
      assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED_FOR_CORRECTION);
      assertThat(returned.refusalReason()).isEqualTo("照片不符合要求，请重新采集");
      assertThat(returned.needsAction()).isTrue();
      advanceDays(sandbox, 30);
      assertThat(exitEntry.applications().get(receipt, login(services, sandbox)).status())
          .as("a returned application waits for the applicant").isEqualTo(ApplicationStatus.RETURNED_FOR_CORRECTION);

      hooks.resubmit(receipt.value());
      hooks.refuse(receipt.value(), "依据《出境入境管理法》第十二条不予签发");
      Application refused = exitEntry.applications().get(receipt, login(services, sandbox));
      assertThat(refused.status()).isEqualTo(ApplicationStatus.REFUSED);
      assertThat(refused.refusalReason()).contains("第十二条");
      assertThat(refused.history()).extracting(StatusChange::status).endsWith(ApplicationStatus.RETURNED_FOR_CORRECTION,
          ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REFUSED);
      assertThat(refused.toString()).doesNotContain("第十二条");
    }
  }

  @Test
  @CitySandboxTest
  void anApplicationCanBeWithdrawnUntilApproved(CitySandbox sandbox) {
    try (CityServices services = SandboxClients.client(sandbox, CITY, sandbox.clock())) {
      ExitEntryClient exitEntry = ExitEntryClient.create(services);
      ExitEntrySandbox hooks = sandbox.data(ExitEntrySandbox.class);
      ReceiptNumber receipt = apply(sandbox, exitEntry, login(services, sandbox), "MAIL");
      hooks.withdraw(receipt.value());
      Application withdrawn = exitEntry.applications().get(receipt, login(services, sandbox));
      assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
      advanceDays(sandbox, 30);
      assertThat(exitEntry.applications().get(receipt, login(services, sandbox)).status())
          .isEqualTo(ApplicationStatus.WITHDRAWN);
      assertThatThrownBy(() -> hooks.withdraw(receipt.value())).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  @CitySandboxTest
  void expiringDocumentsAreAnnouncedByWebhook(CitySandbox sandbox) throws Exception {
    ExitEntrySandbox hooks = sandbox.data(ExitEntrySandbox.class);
    int published = hooks.publishExpiryWarnings(CITY);
    List<Event> events = sandbox.events().published().stream()
        .filter(e -> e.type().equals(ExitEntryEvents.DOCUMENT_EXPIRING.name())).toList();
    assertThat(events).hasSize(published).isNotEmpty();
    String firstCitizen = sandbox.seed().firstCitizen(CITY).id();
    Event own = events.stream().filter(e -> e.data().path("citizen_id").asText().equals(firstCitizen))
        .findFirst().orElseThrow();
    DocumentExpiring expiring = mapper.treeToValue(own.data(), ExitEntryEvents.DOCUMENT_EXPIRING.dataType());
    assertThat(expiring.documentType()).isEqualTo(DocumentType.PASSPORT);
    assertThat(expiring.expiresOn()).isBefore(LocalDate.now(SandboxClients.ZONE).plusMonths(6));
    assertThat(expiring.toString()).doesNotContain(expiring.number().value());
  }

  private static long workingDaysBetween(LocalDate from, LocalDate to) {
    return from.datesUntil(to.plusDays(1)).skip(1)
        .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();
  }
}
