package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnifiedSocialCreditCodeTest {

  @Test
  void acceptsAValidCodeAndReadsItsParts() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of("91350100M000100Y43");
    assertThat(code.areaCode()).isEqualTo("350100");
    assertThat(code.organisationCode()).isEqualTo("M000100Y4");
    assertThat(code).hasToString("91350100M000100Y43");
  }

  @ParameterizedTest
  @CsvSource({
    "91350203M0001QAY9B, check character does not match",
    "91350100M000100Y4, must be 18 characters",
    "91350100M000100I43, must use only 0-9 and upper-case letters other than I, O, Z, S and V",
    "91990100M000100Y43, characters 3-8 must be an area code",
    "91350100M000100Y53, organisation code check character does not match (GB 11714)",
    "91350100M000100Y44, check character does not match (GB 32100)",
  })
  void rejectsBrokenRules(String value, String rule) {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid unified social credit code: ")
        .hasMessageContaining(rule)
        .message()
        .doesNotContain(value);
  }

  @Test
  void serialisesAsAPlainString() throws Exception {
    ObjectMapper mapper = Json.mapper();
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of("91350100M000100Y43");
    assertThat(mapper.writeValueAsString(code)).isEqualTo("\"91350100M000100Y43\"");
    assertThat(mapper.readValue("\"91350100M000100Y43\"", UnifiedSocialCreditCode.class)).isEqualTo(code);
  }
}
