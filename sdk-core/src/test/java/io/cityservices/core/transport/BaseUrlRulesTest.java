package io.cityservices.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.AppCredentials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client refuses to send tokens and personal data in clear: {@code http://} is accepted only
 * for loopback hosts or with the explicit opt-in, which is logged once. Nothing here opens a
 * connection: the rules are applied at build time.
 */
class BaseUrlRulesTest {

  private static CityServices.Builder client(String url) {
    return CityServices.builder()
        .baseUrl(url)
        .credentials(AppCredentials.clientSecret("app-1", "app-secret-0123456789abcdef"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://api.cityservices.example",
      "http://api.cityservices.example:8080/",
      "HTTP://10.0.0.7",
      "http://192.168.1.20:80",
      "http://[2001:db8::1]:8080",
      "http://127.example.com",
      "http://localhost.example.com"})
  void plainHttpToAnotherHostIsRefusedAtBuild(String url) {
    assertThatThrownBy(() -> client(url).build())
        .isInstanceOf(InsecureBaseUrlException.class)
        .hasMessageContaining("Refusing the plain-HTTP base URL")
        .hasMessageContaining("allowInsecureHttp")
        .satisfies(e -> assertThat(((InsecureBaseUrlException) e).url()).startsWith("http"));
  }

  @Test
  void theRefusalShowsNoCredentialsOrQueryOfTheUrl() {
    assertThatThrownBy(() -> client("http://user:pw@gw.example:81/base?token=secret").build())
        .isInstanceOf(InsecureBaseUrlException.class)
        .satisfies(e -> assertThat(((InsecureBaseUrlException) e).url()).isEqualTo("http://gw.example:81"))
        .message().doesNotContain("pw", "secret", "user");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.0.0.1:8080",
      "http://127.3.2.1",
      "http://localhost:9000",
      "http://api.localhost",
      "http://[::1]:8080",
      "https://api.cityservices.example",
      "https://10.0.0.7:8443"})
  void httpsAndLoopbackAreAccepted(String url) {
    try (CityServices client = client(url).build()) {
      assertThat(client.configuration().baseUrl()).startsWith(url.substring(0, 5));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://api.example", "api.example", "https:///v1", "mailto:x@example.com"})
  void somethingThatIsNotAnHttpUrlIsRefused(String url) {
    assertThatThrownBy(() -> client(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InsecureBaseUrlException.class)
        .hasMessageContaining("https://");
  }

  @Test
  void theExplicitOptInIsAcceptedWithOneWarning() {
    String log = captureOutput(() -> {
      try (CityServices client = client("http://gateway.internal:8080")
          .transportSecurity(TransportSecurity.builder().allowInsecureHttp().build())
          .build()) {
        assertThat(client.configuration().transportSecurity().insecureHttpAllowed()).isTrue();
      }
    });

    assertThat(log.lines().filter(l -> l.contains("WARN") && l.contains("plain-HTTP URL")))
        .singleElement()
        .asString()
        .contains("http://gateway.internal:8080", "allowInsecureHttp");
  }

  @Test
  void loopbackAndHttpsLogNoWarning() {
    String log = captureOutput(() -> {
      client("http://127.0.0.1:8080").build().close();
      client("https://api.cityservices.example").transportSecurity(
          TransportSecurity.builder().allowInsecureHttp().build()).build().close();
    });

    assertThat(log).doesNotContain("plain-HTTP URL");
  }

  private static String captureOutput(Runnable action) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
