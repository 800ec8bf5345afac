package io.cityservices.marriage;

import static io.cityservices.marriage.MarriageSandboxes.signIn;
import static io.cityservices.marriage.MarriageSandboxes.slotAhead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.marriage.MarriageSandbox;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The platform does not trust the client: a request that skips the SDK's checks (sent through the
 * core SPI with a raw body, signed like the SDK's own) is refused by the sandbox with the same codes.
 */
@CitySandboxTest
class PlatformChecksSandboxTest {
  private static final Operation RAW_BOOK = Operation.payment("book", "marriage", "/v1/cities/{city}/marriage/bookings");

  CitySandbox sandbox;

  private ValidationException sendRaw(Map<String, Object> partner, String type) {
    try (CityServices services = MarriageSandboxes.client(sandbox, CityCode.SHANGHAI)) {
      Citizen man = sandbox.data(MarriageSandbox.class).unmarriedCouple(CityCode.SHANGHAI).get(0);
      Slot slot = slotAhead(MarriageClient.create(services), "310104-MR", 3, Clock.systemUTC());
      ApiRequest raw = new ServiceCalls(services.apiExecutor(), CityCode.SHANGHAI).request(RAW_BOOK)
          .body(Map.of("type", type, "slot_id", slot.id(), "initiator_id_number", man.idNumber(), "partner", partner,
              "declaration_accepted", true))
          .build();
      RequestOptions asMan = signIn(services, man);
      return (ValidationException) catchThrowable(
          () -> services.apiExecutor().execute(raw, asMan, ResponseType.none()));
    }
  }

  @Test
  void anUnderAgePartnerIsRefusedWithUnderAgeNamingTheField() {
    ResidentIdNumber nineteen = IdNumbers.of("310104", LocalDate.now(MarriageSandboxes.CHINA).minusYears(19), "002");
    ValidationException e = sendRaw(Map.of("name", "李小红", "id_number", nineteen.value()), "MARRIAGE");

    assertThat(e.status()).isEqualTo(422);
    assertThat(e.code()).isEqualTo("under_age");
    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("partner.id_number");
    assertThat(e.getMessage()).doesNotContain(nineteen.value());
  }

  @Test
  void aBadPartnerIsRefusedNamingEveryField() {
    ValidationException e = sendRaw(Map.of("name", "", "id_number", "310104199001011234"), "MARRIAGE");

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("partner.name", "partner.id_number");
    assertThat(sendRaw(Map.of("name", "李小红", "id_number", "310104199001011234"), "ADOPTION").violations())
        .extracting(FieldViolation::field).contains("type", "partner");
  }
}
