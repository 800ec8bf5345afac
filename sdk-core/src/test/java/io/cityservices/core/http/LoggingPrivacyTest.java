package io.cityservices.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.model.CityCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SDK logs at TRACE in tests (see the surefire configuration): a call whose path, body, headers
 * and responses carry an identity number, a phone number, a plate, a name and a token must leave
 * none of them in clear in the log output.
 */
class LoggingPrivacyTest {

  static final String ID = "11010519491231002X";
  static final String PHONE = "13812345678";
  static final String PLATE = "沪A12345";
  static final String NAME = "张三丰";
  static final String TOKEN = "citizen-secret-token-0123456789";

  static final Operation PAY =
      Operation.create("registerVehicle", "traffic", "/v1/cities/{city}/vehicles/{plate}/owners");

  @Test
  void noPersonalDataReachesTheLogInClear() {
    WireMockServer server = WireMockSupport.start();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (CityServices client = WireMockSupport.client(server).build()) {
      String echo =
          "{\"id_number\":\"" + ID + "\",\"phone\":\"" + PHONE + "\",\"plate\":\"" + PLATE
              + "\",\"name\":\"" + NAME + "\",\"access_token\":\"" + TOKEN + "\"}";
      server.stubFor(post(anyUrl()).inScenario("s").whenScenarioStateIs("Started")
          .willReturn(okJson(echo)).willSetStateTo("conflict"));
      server.stubFor(post(anyUrl()).inScenario("s").whenScenarioStateIs("conflict")
          .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
              .withBody("{\"title\":\"Owner exists\",\"detail\":\"" + NAME + " " + ID + " " + PHONE
                  + " already owns " + PLATE + "\",\"code\":\"conflict\"}")));
      CitizenToken citizen =
          new CitizenToken("c-1", TOKEN, null, Instant.parse("2999-01-01T00:00:00Z"), null);
      ApiRequest request =
          ApiRequest.of(PAY)
              .path("city", CityCode.SHANGHAI)
              .path("plate", PLATE)
              .body(Map.of("id_number", ID, "phone", PHONE, "name", NAME))
              .build();

      client.apiExecutor().execute(request, RequestOptions.forCitizen(citizen), ResponseType.none());
      assertThatThrownBy(
              () -> client.apiExecutor().execute(request, RequestOptions.forCitizen(citizen), ResponseType.none()))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> {
                assertThat(e.getMessage()).contains("Owner exists").doesNotContain(ID, PHONE, PLATE, NAME);
                assertThat(e.toString()).doesNotContain(ID, PHONE, PLATE, NAME);
              });
    } finally {
      System.setOut(original);
      server.stop();
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("request_id=").contains("request body").contains("response body");
    assertThat(log).doesNotContain(ID, PHONE, PLATE, NAME, TOKEN);
    assertThat(log).doesNotContain(java.net.URLEncoder.encode(PLATE, StandardCharsets.UTF_8));
  }
}
