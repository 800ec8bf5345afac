package io.cityservices.traffic;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.AuthorizationRequest;
import io.cityservices.core.auth.CitizenAuthorization;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxApp;
import java.net.URI;
import java.time.Duration;

/**
 * SDK clients against a sandbox, and citizen tokens obtained through the SDK's PKCE flow with the
 * sandbox consenting for the citizen.
 */
final class SandboxClients {

  private static final URI REDIRECT = URI.create("https://app.example/callback");

  private SandboxClients() {}

  /** The sandbox's default app, signing payments with its registered key. */
  static CityServices client(CitySandbox sandbox, CityCode city) {
    SandboxApp app = sandbox.defaultApp();
    return CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(new AppCredentials(app.clientId(), app.clientSecret(), app.signingKey()))
        .defaultCity(city)
        .readTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** A token for a seeded citizen through the authorisation-code flow with PKCE. */
  static CitizenToken citizenToken(CityServices client, CitySandbox sandbox, String citizenId) {
    CitizenAuthorization auth = client.citizenAuthorization();
    AuthorizationRequest request = auth.start(REDIRECT, "traffic");
    String code = sandbox.authorize(citizenId, sandbox.defaultApp().clientId(), REDIRECT.toString(),
        request.pkce().challenge());
    return auth.exchange(request, code, request.state());
  }
}
