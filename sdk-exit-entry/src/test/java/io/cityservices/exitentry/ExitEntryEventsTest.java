package io.cityservices.exitentry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.internal.json.JsonMapperFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The typed event payloads read what the platform sends. */
class ExitEntryEventsTest {
  final ObjectMapper mapper = JsonMapperFactory.create();

  @Test
  void namesAreThePlatformsTypes() {
    assertThat(ExitEntryEvents.APPLICATION_STATUS_CHANGED.name()).isEqualTo("exit_entry.application.status_changed");
    assertThat(ExitEntryEvents.DOCUMENT_EXPIRING.name()).isEqualTo("exit_entry.document.expiring");
  }

  @Test
  void statusChangedData() throws Exception {
    ApplicationStatusChanged changed = mapper.readValue("""
        {"receipt_number":"31000020261201100042","citizen_id":"c-310000-001","document_type":"PASSPORT",
         "previous_status":"IN_PRODUCTION","status":"ISSUED","changed_at":"2026-12-10T10:00:00+08:00","extra":1}""",
        ExitEntryEvents.APPLICATION_STATUS_CHANGED.dataType());
    assertThat(changed).isEqualTo(new ApplicationStatusChanged(ReceiptNumber.of("31000020261201100042"), "c-310000-001",
        DocumentType.PASSPORT, ApplicationStatus.IN_PRODUCTION, ApplicationStatus.ISSUED,
        OffsetDateTime.parse("2026-12-10T10:00:00+08:00")));
  }

  @Test
  void expiringData() throws Exception {
    DocumentExpiring expiring = mapper.readValue("""
        {"citizen_id":"c-310000-001","document_type":"PASSPORT","number":"E12345678","expires_on":"2027-03-01"}""",
        ExitEntryEvents.DOCUMENT_EXPIRING.dataType());
    assertThat(expiring.number()).isEqualTo(DocumentNumber.of("E12345678"));
    assertThat(expiring.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 1));
  }
}
