package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

  @Test
  void trimsAndAcceptsChineseAndLatinNames() {
    assertThat(PersonName.of("  张三 ").value()).isEqualTo("张三");
    assertThat(PersonName.of("John O'Neil-Smith").value()).isEqualTo("John O'Neil-Smith");
    assertThat(PersonName.of("阿依古丽·买买提").value()).isEqualTo("阿依古丽·买买提");
    assertThat(PersonName.of("José").value()).isEqualTo("José");
    assertThat(PersonName.of("张三")).isEqualTo(PersonName.of(" 张三"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'   '| must not be blank",
        "张\u0000三| must not contain control characters",
        "Иван| must contain only Chinese or Latin letters",
        "R2D2| must contain only Chinese or Latin letters",
      })
  void rejectsBrokenRules(String value, String rule) {
    assertThatThrownBy(() -> PersonName.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid person name: ")
        .hasMessageContaining(rule.strip());
  }

  @Test
  void rejectsNamesLongerThan64Characters() {
    assertThat(PersonName.of("张".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> PersonName.of("张".repeat(65))).hasMessageContaining("must be at most 64 characters");
  }

  @Test
  void masksItsToString() {
    assertThat(PersonName.of("张三")).hasToString("张*");
    assertThat(PersonName.of("张")).hasToString("张*");
    assertThat(PersonName.of("欧阳娜娜")).hasToString("欧***");
    assertThat(PersonName.of("John Smith")).hasToString("J*** S****");
  }

  @Test
  void serialisesAsAPlainString() throws Exception {
    ObjectMapper mapper = Json.mapper();
    assertThat(mapper.writeValueAsString(PersonName.of("张三"))).isEqualTo("\"张三\"");
    assertThat(mapper.readValue("\" 张三 \"", PersonName.class)).isEqualTo(PersonName.of("张三"));
  }
}
