package io.cityservices.traffic;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import java.time.Duration;

/** SDK clients against a sandbox, as the sandbox's default app, and citizen tokens through PKCE. */
final class SandboxClients {

  private SandboxClients() {}

  static CityServices client(CitySandbox sandbox, CityCode city) {
    return CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .defaultCity(city)
        .readTimeout(Duration.ofSeconds(10))
        .build();
  }

  static CitizenToken citizenToken(CityServices client, CitySandbox sandbox, String citizenId) {
    return SandboxLogin.citizenToken(client, citizenId);
  }
}
