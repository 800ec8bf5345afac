package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "+8613812345678", "008613812345678", "8613812345678", "138 1234 5678", "+86 138-1234-5678"})
  void normalisesToElevenDigits(String input) {
    assertThat(PhoneNumber.of(input).value()).isEqualTo("13812345678");
    assertThat(PhoneNumber.of(input)).isEqualTo(PhoneNumber.of("13812345678"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "+8512345678901", "1381234567a", "", "021-12345678"})
  void rejectsNonMobileNumbers(String input) {
    assertThatThrownBy(() -> PhoneNumber.of(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid phone number: must be a mainland mobile number: 11 digits starting with 13-19, optionally after +86, 0086 or 86");
  }

  @Test
  void masksItsToString() {
    assertThat(PhoneNumber.of("+86 138 1234 5678")).hasToString("138****5678");
  }

  @Test
  void serialisesAsAPlainString() throws Exception {
    ObjectMapper mapper = Json.mapper();
    assertThat(mapper.writeValueAsString(PhoneNumber.of("+8613812345678"))).isEqualTo("\"13812345678\"");
    assertThat(mapper.readValue("\"138-1234-5678\"", PhoneNumber.class)).isEqualTo(PhoneNumber.of("13812345678"));
  }
}
