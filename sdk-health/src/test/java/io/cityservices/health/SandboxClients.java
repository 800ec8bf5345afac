package io.cityservices.health;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.AuthorizationRequest;
import io.cityservices.core.auth.CitizenAuthorization;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * SDK clients pointed at a sandbox, and citizen log-in through the real authorisation-code flow (the
 * testkit's SandboxLogin of the module guide cannot compile in the testkit while OkHttp is test-scoped
 * there, so the same steps live here).
 */
final class SandboxClients {
  private static final URI REDIRECT = URI.create("https://app.example/callback");

  private SandboxClients() {}

  static CityServices client(CitySandbox sandbox, CityCode city) {
    return client(sandbox, city, Clock.systemUTC());
  }

  static CityServices client(CitySandbox sandbox, CityCode city, Clock clock) {
    SandboxApp app = sandbox.defaultApp();
    return CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(AppCredentials.clientSecret(app.clientId(), app.clientSecret()).withSigningKey(app.signingKey()))
        .defaultCity(city)
        .clock(clock)
        .build();
  }

  static CitizenToken login(CityServices client, String citizenId) {
    CitizenAuthorization auth = client.citizenAuthorization();
    AuthorizationRequest request = auth.start(REDIRECT, "traffic utilities health");
    HttpUrl url = HttpUrl.get(request.url().toString()).newBuilder().addQueryParameter("login_hint", citizenId).build();
    OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
    try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
      String location = response.header("Location");
      if (response.code() != 302 || location == null) {
        throw new IllegalStateException("sandbox authorize answered " + response.code());
      }
      HttpUrl back = HttpUrl.get(location);
      return auth.exchange(request, back.queryParameter("code"), back.queryParameter("state"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
