package io.cityservices.health;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import java.time.Clock;

/** SDK clients pointed at a sandbox, and citizen log-in through the real authorisation-code flow. */
final class SandboxClients {
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
}
