package io.cityservices.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsbnTest {

  @ParameterizedTest
  @ValueSource(strings = {"9787536692930", "978-7-5366-9293-0", "978 7 5366 9293 0", "7536692935", "0-306-40615-2",
      "080442957X", "080442957x", "9790230671187"})
  void acceptsValidIsbn10And13(String value) {
    assertThat(Isbn.isValid(value)).isTrue();
    assertThat(Isbn.of(value).value()).doesNotContain("-", " ").isUpperCase();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9787536692931", "7536692936", "0804429579", "9771234567898", "978753669293", "97875366929300",
      "97875366929A0", "75366929X5", "", "ISBN"})
  void rejectsWrongCheckDigitsPrefixesAndLengths(String value) {
    assertThat(Isbn.isValid(value)).isFalse();
    assertThatThrownBy(() -> Isbn.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Isbn.of(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
  }

  @Test
  void convertsIsbn10To13() {
    assertThat(Isbn.of("7-5366-9293-5").toIsbn13()).isEqualTo(Isbn.of("9787536692930"));
    assertThat(Isbn.of("0-306-40615-2").toIsbn13().value()).isEqualTo("9780306406157");
    assertThat(Isbn.of("9787536692930").toIsbn13().isIsbn13()).isTrue();
  }

  @Test
  void isAJsonString() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.writeValueAsString(Isbn.of("978-7-5366-9293-0"))).isEqualTo("\"9787536692930\"");
    assertThat(mapper.readValue("\"7536692935\"", Isbn.class)).isEqualTo(Isbn.of("7536692935"));
  }
}
