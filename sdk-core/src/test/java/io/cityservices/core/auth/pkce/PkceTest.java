package io.cityservices.core.auth.pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** RFC 7636 S256 challenges and verifier generation. */
class PkceTest {

  @Test
  void rfc7636AppendixBVector() {
    assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @Test
  void generatesUnreservedVerifiersWithMatchingChallenges() {
    PkcePair pair = new Pkce(new SecureRandom()).generate();

    assertThat(pair.verifier()).hasSize(43).matches("[A-Za-z0-9._~-]+");
    assertThat(pair.challenge()).isEqualTo(Pkce.challenge(pair.verifier()));
    assertThat(pair.method()).isEqualTo("S256");
    assertThat(new Pkce().generate().verifier()).isNotEqualTo(pair.verifier());
  }

  @Test
  void usesTheInjectedRandomness() {
    SecureRandom zeros = new SecureRandom() {
      private static final long serialVersionUID = 1L;

      @Override
      public void nextBytes(byte[] bytes) {
        java.util.Arrays.fill(bytes, (byte) 0);
      }
    };
    assertThat(new Pkce(zeros).generateVerifier()).isEqualTo("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  }

  @Test
  void toStringMasksTheVerifier() {
    PkcePair pair = new Pkce().generate();
    assertThat(pair.toString()).doesNotContain(pair.verifier()).contains(pair.challenge()).contains("***");
  }

  @Test
  void rejectsInvalidVerifiers() {
    assertThatThrownBy(() -> Pkce.challenge("short")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pkce.challenge("a".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pkce.challenge("a".repeat(42) + "+"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("aaaa");
  }
}
