package io.cityservices.marriage;

import static io.cityservices.marriage.MarriageSandboxes.marriage;
import static io.cityservices.marriage.MarriageSandboxes.signIn;
import static io.cityservices.marriage.MarriageSandboxes.slotAhead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.conventions.ContractDocument;
import io.cityservices.conventions.ContractExchanges;
import io.cityservices.conventions.ContractExchanges.Exchange;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.PermissionException;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.marriage.MarriageSandbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Every marriage exchange between the SDK and the sandbox must match marriage.yaml, both ways. */
@CitySandboxTest
class MarriageContractTest {
  private static final ContractDocument DOCUMENT = ContractDocument.load("marriage");
  private static final CityCode CITY = CityCode.SHENZHEN;

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

    List<Exchange> marriage = exchanges.stream().filter(e -> e.path().contains("/marriage/")).toList();
    assertThat(marriage.stream().map(e -> e.method() + " " + e.status()).distinct())
        .contains("GET 200", "POST 201", "POST 200", "POST 403", "POST 409", "GET 404");
    assertThat(DOCUMENT.violations(marriage)).isEmpty();
  }

  private void runEveryOperation(CityServices services) {
    MarriageClient marriage = MarriageClient.create(services);
    MarriageSandbox office = sandbox.data(MarriageSandbox.class);
    List<Citizen> couple = office.unmarriedCouple(CITY);
    RequestOptions asMan = signIn(services, couple.get(0));
    RequestOptions asWoman = signIn(services, couple.get(1));
    RegistrationOffice nanshan = marriage.offices().list(OfficeQuery.inDistrict("440305"), RequestOptions.none()).data().get(0);
    marriage.offices().get(nanshan.id(), RequestOptions.none());
    assertThatThrownBy(() -> marriage.offices().get("000000-MR", RequestOptions.none()))
        .isInstanceOf(CityServicesException.class);
    marriage.bookingTypes().list(RequestOptions.none());
    Slot slot = slotAhead(marriage, nanshan.id(), 3, Clock.systemUTC());

    Booking pending = marriage.bookings().book(marriage(slot, couple.get(0), couple.get(1)), asMan);
    assertThatThrownBy(() -> marriage.bookings().checkIn(pending.id(), asMan)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> marriage.bookings().consent(pending.id(), asMan)).isInstanceOf(PermissionException.class);
    marriage.bookings().list(BookingQuery.awaitingMyConsent(), asWoman);
    marriage.bookings().consent(pending.id(), asWoman);
    marriage.bookings().get(pending.id(), asMan);
    marriage.bookings().cancel(pending.id(), asMan);
    Booking again = marriage.bookings().book(marriage(slot, couple.get(0), couple.get(1)), asMan);
    marriage.bookings().decline(again.id(), asWoman);
    assertThatThrownBy(() -> marriage.bookings().book(marriage(slot, office.marriedElsewhere(CITY), couple.get(1)),
        signIn(services, office.marriedElsewhere(CITY)))).isInstanceOf(NotEligibleException.class);
    office.setRemainingCapacity(CITY, slot.id(), 0);
    assertThatThrownBy(() -> marriage.bookings().book(marriage(slot, couple.get(0), couple.get(1)), asMan))
        .isInstanceOf(SlotUnavailableException.class);
  }
}
