package io.cityservices.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.AuthorizationRequest;
import io.cityservices.core.auth.CitizenToken;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The token exchange form carries the citizen's one-time authorisation {@code code}, the PKCE
 * {@code code_verifier} and later a {@code refresh_token}; the bodies are logged at TRACE (as
 * configured for tests) and none of them may appear there in clear.
 */
class CredentialLoggingTest {

  static final String CODE = "SplxlOBeZQQYbYS6WxSbIA-auth-code";
  static final String REFRESH = "refresh-0123456789abcdefghijkl";
  static final String ACCESS = "citizen-access-0123456789abcdef";
  static final String SESSION_KEY = "c2Vzc2lvbi1rZXktMDEyMzQ1Njc4OWFiY2RlZg==";

  @Test
  void theCodeTheVerifierAndTheTokensAreMaskedInLoggedBodies() {
    WireMockServer server = WireMockSupport.start();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    AuthorizationRequest start;
    try (CityServices client = WireMockSupport.client(server)
        .credentials(AppCredentials.clientSecret("app-1", "app-secret-0123456789abcdef")).build()) {
      server.stubFor(post("/v1/oauth2/token").withRequestBody(containing("grant_type=authorization_code"))
          .willReturn(okJson("{\"access_token\":\"" + ACCESS + "\",\"token_type\":\"Bearer\",\"expires_in\":900,"
              + "\"refresh_token\":\"" + REFRESH + "\",\"citizen_id\":\"c-1\",\"scope\":\"traffic\","
              + "\"session_key\":\"" + SESSION_KEY + "\"}")));
      server.stubFor(post("/v1/oauth2/token").withRequestBody(containing("grant_type=refresh_token"))
          .willReturn(okJson("{\"access_token\":\"" + ACCESS + "2\",\"token_type\":\"Bearer\",\"expires_in\":900}")));

      start = client.citizenAuthorization().start(URI.create("https://app.example/cb"), "traffic");
      CitizenToken token = client.citizenAuthorization().exchange(start, CODE, start.state());
      client.citizenAuthorization().refresh(token);
    } finally {
      System.setOut(original);
      server.stop();
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("request body").contains("grant_type=authorization_code").contains("&code=Splx…(32 chars)&");
    assertThat(log).doesNotContain(CODE, start.pkce().verifier(), REFRESH, ACCESS, SESSION_KEY,
        "app-secret-0123456789abcdef");
  }
}
