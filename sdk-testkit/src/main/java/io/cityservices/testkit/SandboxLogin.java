package io.cityservices.testkit;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.AuthorizationRequest;
import io.cityservices.core.auth.CitizenAuthorization;
import io.cityservices.core.auth.CitizenToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs a seeded citizen in through the real authorisation-code flow with PKCE: the SDK builds the
 * authorisation URL, the sandbox consents for the citizen named by {@code login_hint}, and the SDK
 * exchanges the code. For tests and examples only.
 */
public final class SandboxLogin {

  private static final URI REDIRECT = URI.create("https://app.example/callback");

  private SandboxLogin() {}

  /**
   * The citizen's token, obtained through {@code client}. It asks for no scope, so the sandbox grants
   * the profile and every department its modules declare.
   *
   * @param client a client pointed at a running sandbox, with app credentials
   * @param citizenId a seeded citizen's id, e.g. {@code c-310000-001}
   * @return the token the SDK received for the citizen
   */
  public static CitizenToken citizenToken(CityServices client, String citizenId) {
    CitizenAuthorization auth = client.citizenAuthorization();
    AuthorizationRequest request = auth.start(REDIRECT, null);
    HttpUrl url =
        HttpUrl.get(request.url().toString()).newBuilder()
            .addQueryParameter("login_hint", citizenId)
            .build();
    OkHttpClient http = browser(client);
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

  /** The "browser": trusts what the client trusts, so that an HTTPS sandbox works too. */
  private static OkHttpClient browser(CityServices client) {
    OkHttpClient.Builder browser = new OkHttpClient.Builder().followRedirects(false);
    client.configuration().transportSecurity().trustManager().ifPresent(tm -> {
      try {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {tm}, null);
        browser.sslSocketFactory(context.getSocketFactory(), tm);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the JDK cannot make a TLS context", e);
      }
    });
    return browser.build();
  }
}
