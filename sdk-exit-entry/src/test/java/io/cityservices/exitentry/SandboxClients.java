package io.cityservices.exitentry;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/** SDK clients pointed at a sandbox, citizen log-in through the real authorisation-code flow. */
final class SandboxClients {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private SandboxClients() {}

  static CityServices client(CitySandbox sandbox, CityCode city) {
    return client(sandbox, city, Clock.systemUTC());
  }

  static CityServices client(CitySandbox sandbox, CityCode city, Clock clock) {
    return CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .defaultCity(city)
        .clock(clock)
        .build();
  }

  static CitizenToken login(CityServices client, String citizenId) {
    return SandboxLogin.citizenToken(client, citizenId);
  }

  /** The next day offices receive applicants (not Sunday), after today. */
  static LocalDate nextOpenDay(Clock clock) {
    LocalDate day = LocalDate.now(clock.withZone(ZONE)).plusDays(1);
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }
}
