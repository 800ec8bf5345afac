package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

  @Test
  void acceptsValidNumbersAndReadsTheirParts() {
    ResidentIdNumber id = ResidentIdNumber.of("11010519491231002X");
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.areaCode()).isEqualTo("110105");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);

    ResidentIdNumber old = ResidentIdNumber.of("440524188001010014");
    assertThat(old.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    assertThat(old.sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void normalisesLowerCaseX() {
    assertThat(ResidentIdNumber.of("11010519491231002x"))
        .isEqualTo(ResidentIdNumber.of("11010519491231002X"))
        .hasSameHashCodeAs(ResidentIdNumber.of("11010519491231002X"));
  }

  @ParameterizedTest
  @CsvSource({
    "110105194912310021, check character does not match (ISO 7064 MOD 11-2)",
    "11010519491231002, must be 18 characters",
    "1101051949123100A2, first 17 characters must be digits",
    "11010519491231002Y, check character must be a digit or X",
    "99010519491231002X, area code must start with a province code",
    "110105194902300020, birth date must be a real date",
  })
  void rejectsBrokenRulesWithoutQuotingTheValue(String value, String rule) {
    assertThatThrownBy(() -> ResidentIdNumber.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid resident identity number: ")
        .hasMessageContaining(rule)
        .message()
        .doesNotContain(value);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> ResidentIdNumber.of(null)).hasMessageContaining("must not be null");
  }

  @Test
  void rejectsBirthDatesAfterTodayInChina() {
    // 1949-12-30T16:30Z is already 1949-12-31 in Shanghai, but not 1950-01-01.
    Clock onBirthDay = Clock.fixed(Instant.parse("1949-12-30T16:30:00Z"), ZoneOffset.UTC);
    Clock dayBefore = Clock.fixed(Instant.parse("1949-12-30T15:30:00Z"), ZoneOffset.UTC);
    assertThat(ResidentIdNumber.of("11010519491231002X", onBirthDay).birthDate()).isEqualTo("1949-12-31");
    assertThatThrownBy(() -> ResidentIdNumber.of("11010519491231002X", dayBefore))
        .hasMessageContaining("birth date must not be in the future");
  }

  @Test
  void masksItsToString() {
    assertThat(ResidentIdNumber.of("11010519491231002X")).hasToString("110***********002X");
  }

  @Test
  void serialisesAsAPlainString() throws Exception {
    ObjectMapper mapper = Json.mapper();
    ResidentIdNumber id = ResidentIdNumber.of("11010519491231002X");
    assertThat(mapper.writeValueAsString(id)).isEqualTo("\"11010519491231002X\"");
    assertThat(mapper.readValue("\"11010519491231002x\"", ResidentIdNumber.class)).isEqualTo(id);
  }
}
