package io.cityservices.marriage;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** SDK clients pointed at a sandbox, citizens signed in through the real PKCE flow, and slot picking. */
final class MarriageSandboxes {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private MarriageSandboxes() {}

  static CityServices client(CitySandbox sandbox, CityCode city) {
    return client(sandbox, city, Clock.systemUTC());
  }

  /** A client on {@code clock}: pass the sandbox's clock when a test moves it, so signatures stay fresh. */
  static CityServices client(CitySandbox sandbox, CityCode city, Clock clock) {
    return CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .defaultCity(city)
        .clock(clock)
        .build();
  }

  static RequestOptions signIn(CityServices client, Citizen citizen) {
    return RequestOptions.forCitizen(SandboxLogin.citizenToken(client, citizen.id()));
  }

  static Party party(Citizen citizen) {
    return Party.of(citizen.name(), citizen.idNumber());
  }

  /** The first bookable slot of the office at least {@code daysAhead} days from today on {@code clock}. */
  static Slot slotAhead(MarriageClient marriage, String officeId, int daysAhead, Clock clock) {
    LocalDate from = LocalDate.now(clock.withZone(CHINA)).plusDays(daysAhead);
    return marriage.slots().listAll(SlotQuery.builder(officeId).from(from).build(), RequestOptions.none())
        .stream().filter(Slot::isBookable).findFirst().orElseThrow();
  }

  /** A marriage booking of {@code man} and {@code woman}, the man initiating, with the declaration accepted. */
  static BookingRequest marriage(Slot slot, Citizen man, Citizen woman) {
    return BookingRequest.marriage(slot, man.idNumber(), party(woman)).declarationAccepted().build();
  }
}
