package io.cityservices.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DEBUG line of an attempt names its city, and says nothing of a city a call does not have. */
class AttemptLogLineTest {

  @RegisterExtension static final WireMockSupport wiremock = new WireMockSupport();

  @Test
  void aCallWithoutACityHasNoCityInItsAttemptLine() {
    WireMockServer server = wiremock.server();
    server.stubFor(get(anyUrl()).willReturn(okJson("[]")));

    List<String> lines;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try (CityServices client = WireMockSupport.client(server).build()) {
      client.apiExecutor().execute(
          ApiRequest.of(InterceptorHooksTest.NOTICES).build(), RequestOptions.none(), ResponseType.none());
      client.apiExecutor().execute(
          ApiRequest.of(InterceptorHooksTest.LIST).path("city", CityCode.SHANGHAI).build(),
          RequestOptions.none(),
          ResponseType.none());
    } finally {
      System.setOut(original);
    }
    lines = Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\\R")).filter(l -> l.contains(" -> GET ")).toList();

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).endsWith("-> GET /v1/notices (listNotices)").doesNotContain("city=");
    assertThat(lines.get(1)).endsWith("-> GET /v1/cities/{city}/traffic/items city=310000 (listItems)");
  }
}
