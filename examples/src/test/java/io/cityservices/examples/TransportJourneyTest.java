package io.cityservices.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The citizen journeys (the overview, paying a fine and a bill, booking and cancelling a hospital
 * appointment, receiving verified webhooks) over both transports: plain HTTP/1.1 and HTTPS with
 * HTTP/2 negotiated through ALPN. Each request the sandbox received is checked for the protocol
 * and scheme; every request and response signature was verified on the way.
 */
class TransportJourneyTest {

  enum Transport {
    HTTP_1_1(false, "HTTP/1.1", "http://"),
    HTTPS_HTTP_2(true, "HTTP/2.0", "https://");

    final boolean https;
    final String protocol;
    final String scheme;

    Transport(boolean https, String protocol, String scheme) {
      this.https = https;
      this.protocol = protocol;
      this.scheme = scheme;
    }
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void finesBillsAnAppointmentAndWebhooks(Transport transport) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    List<LoggedRequest> received;
    try (ExampleEnvironment env = ExampleEnvironment.sandbox(CityCode.SHANGHAI, transport.https)) {
      CitySandbox sandbox = env.sandbox().orElseThrow();
      assertThat(sandbox.baseUrl()).startsWith(transport.scheme);

      QuickStart.run(env, out);
      HealthJourney.run(env.client(), env.citizen(), out);
      WebhookReceiver.run(env, out);
      received = sandbox.requests();
    }

    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed).containsPattern("Pay the fine for 沪[A-Z]\\*+[A-Z0-9]{2}: .+: paid CNY \\d+\\.\\d{2}, payment \\S+");
    assertThat(printed).containsPattern("Pay the (water|electricity|gas) bill for \\d{4}-\\d{2}: paid CNY [\\d.]+, payment \\S+");
    assertThat(printed).contains("Cancelled: CANCELLED, refund SUCCEEDED");
    assertThat(printed).contains("Verified event traffic.violation.recorded", "Verified event traffic.violation.paid",
        "Verified event traffic.payment.succeeded");
    assertThat(printed).doesNotContain("Rejected a delivery", "Not every expected event arrived");
    assertThat(received).hasSizeGreaterThan(10).allSatisfy(r -> {
      assertThat(r.getProtocol()).isEqualTo(transport.protocol);
      assertThat(r.getAbsoluteUrl()).startsWith(transport.scheme + "127.0.0.1:");
    });
  }
}
