package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

  private static String describe(CitySandbox sandbox) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    SandboxMain.describe(sandbox, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void overHttpsItPrintsTheGeneratedCertificateForCurl() {
    try (CitySandbox sandbox = CitySandbox.builder().https().build().start()) {
      String printed = describe(sandbox);

      assertThat(printed).contains("listening on https://127.0.0.1:" + sandbox.port(), sandbox.certificatePem(),
          "curl -s --cacert sandbox.pem -u sandbox-app:");
      assertThat(sandbox.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
    }
  }

  @Test
  void overPlainHttpItPrintsNoCertificate() {
    try (CitySandbox sandbox = CitySandbox.start()) {
      String printed = describe(sandbox);

      assertThat(printed).contains("listening on http://127.0.0.1:").doesNotContain("CERTIFICATE", "--cacert");
      assertThat(sandbox.isHttps()).isFalse();
      assertThat(sandbox.transportSecurity().trustManager()).isEmpty();
    }
  }
}
