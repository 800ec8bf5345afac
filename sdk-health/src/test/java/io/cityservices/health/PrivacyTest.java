package io.cityservices.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Health data is sensitive personal information: no toString shows it in clear. */
class PrivacyTest {
  static final String ID = "310115201503070021";
  static final String NAME = "王小明";
  static final String PHONE = "13812345678";
  static final String CARD = "310115201503070001";

  @Test
  void patientMasksEveryPersonalDetail() {
    Patient patient = new Patient("p-2", PersonName.of(NAME), ResidentIdNumber.of(ID), Relationship.CHILD, PhoneNumber.of(PHONE),
        List.of(VisitCard.of(VisitCardType.MEDICAL_INSURANCE, CARD)));

    assertThat(patient.toString())
        .doesNotContain(ID, NAME, "小明", PHONE, CARD)
        .contains("p-2", "王*", "310***********0021", "138****5678", "CHILD", "MEDICAL_INSURANCE");
  }

  @Test
  void newPatientMasksEveryPersonalDetail() {
    assertThat(HealthJourneySandboxTest.child().toString()).doesNotContain(ID, NAME, "小明", PHONE, CARD).contains("王*");
  }

  @Test
  void visitCardMasksItsNumber() {
    assertThat(new VisitCard(VisitCardType.HOSPITAL_CARD, "HS0012345678", "h-1").toString())
        .doesNotContain("HS0012345678").contains("HOSPITAL_CARD", "h-1");
  }

  @Test
  void clientToStringNamesOnlyTheCity() {
    try (io.cityservices.core.CityServices services = io.cityservices.core.CityServices.builder()
        .baseUrl("http://127.0.0.1:9").checkServiceCatalog(false).build()) {
      assertThat(HealthClient.create(services, io.cityservices.core.model.CityCode.SHANGHAI).toString())
          .startsWith("HealthClient[city=").contains("310000");
    }
  }
}
