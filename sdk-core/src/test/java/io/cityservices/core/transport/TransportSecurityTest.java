package io.cityservices.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {

  private static final String PIN = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  @Test
  void theDefaultsTrustTheJdkPinNothingAndRefusePlainHttp() {
    TransportSecurity defaults = TransportSecurity.defaults();

    assertThat(defaults.trustManager()).isEmpty();
    assertThat(defaults.pins()).isEmpty();
    assertThat(defaults.proxy()).isEmpty();
    assertThat(defaults.proxyUsername()).isEmpty();
    assertThat(defaults.insecureHttpAllowed()).isFalse();
  }

  @Test
  void malformedPinsAreRefusedNamingThePin() {
    assertThatThrownBy(() -> TransportSecurity.builder().pin("api.example", "sha1/AAAA"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sha1/AAAA");
    assertThatThrownBy(() -> TransportSecurity.builder().pin("api.example", "sha256/not base64!"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Base64");
    assertThatThrownBy(() -> TransportSecurity.builder().pin("api.example", "sha256/AAAA"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> TransportSecurity.builder().pin("api.example"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TransportSecurity.builder().proxy("proxy.example", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-65535");
  }

  @Test
  void pinsAccumulatePerHostAndToBuilderKeepsEverything() {
    TransportSecurity security = TransportSecurity.builder()
        .pin("API.example", PIN)
        .pin("api.example", PIN.replace('A', 'B'))
        .proxy("proxy.example", 3128)
        .proxyCredentials("svc", "hunter2")
        .build();
    TransportSecurity copy = security.toBuilder().allowInsecureHttp().build();

    assertThat(security.pins()).containsOnlyKeys("api.example");
    assertThat(security.pins().get("api.example")).hasSize(2);
    assertThat(copy.pins()).isEqualTo(security.pins());
    assertThat(copy.proxy()).contains(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.example", 3128)));
    assertThat(copy.proxyUsername()).contains("svc");
    assertThat(copy.insecureHttpAllowed()).isTrue();
    assertThat(security.insecureHttpAllowed()).isFalse();
  }

  @Test
  void toStringShowsNoProxyPassword() {
    String shown = TransportSecurity.builder().proxy("proxy.example", 3128).proxyCredentials("svc", "hunter2").build().toString();

    assertThat(shown).contains("proxy.example", "proxyCredentials=****").doesNotContain("hunter2", "svc");
  }

  @Test
  void aPemWithoutCertificatesIsRefused() {
    assertThatThrownBy(() -> TransportSecurity.builder().trustCertificatesPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEM");
    assertThatThrownBy(() -> TransportSecurity.builder().trustCertificatesPem(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEM");
  }
}
