package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlateNumberTest {

  @ParameterizedTest
  @CsvSource({
    "沪A12345, 沪A12345, false",
    "粤B·D12345, 粤BD12345, true",
    "京AD12345, 京AD12345, true",
    "京AF123A, 京AF123A, false",
    "浙A 12345D, 浙A12345D, true",
    "粤b•da1234, 粤BDA1234, true",
    "苏E1234学, 苏E1234学, false",
    "鲁B1234挂, 鲁B1234挂, false",
  })
  void acceptsAndNormalisesValidPlates(String input, String normalised, boolean newEnergy) {
    PlateNumber plate = PlateNumber.of(input);
    assertThat(plate.value()).isEqualTo(normalised);
    assertThat(plate.isNewEnergy()).isEqualTo(newEnergy);
    assertThat(plate).isEqualTo(PlateNumber.of(normalised));
  }

  @ParameterizedTest
  @CsvSource({
    "沪I12345, issuing-authority letter must be A-Z other than I and O",
    "使A12345, must start with a province abbreviation",
    "沪A1234, must be 7 characters, or 8 for a new-energy vehicle",
    "沪A12O45, serial must be 5 digits or letters other than I and O",
    "沪AX12345, new-energy serial must be D or F",
    "沪A12345X, new-energy serial must be D or F",
  })
  void rejectsBrokenRules(String value, String rule) {
    assertThatThrownBy(() -> PlateNumber.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid plate number: ")
        .hasMessageContaining(rule)
        .message()
        .doesNotContain(value);
  }

  @Test
  void readsItsProvince() {
    assertThat(PlateNumber.of("沪A12345").province()).isEqualTo("沪");
  }

  @Test
  void masksItsToString() {
    assertThat(PlateNumber.of("沪A12345")).hasToString("沪A***45");
    assertThat(PlateNumber.of("粤B·D12345")).hasToString("粤B****45");
  }

  @Test
  void serialisesAsAPlainString() throws Exception {
    ObjectMapper mapper = Json.mapper();
    assertThat(mapper.writeValueAsString(PlateNumber.of("粤B·D12345"))).isEqualTo("\"粤BD12345\"");
    assertThat(mapper.readValue("\"粤B·D12345\"", PlateNumber.class)).isEqualTo(PlateNumber.of("粤BD12345"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "02", "03", "15", "16", "23", "51", "52"})
  void plateTypesRoundTripTheirCodes(String code) throws Exception {
    ObjectMapper mapper = Json.mapper();
    PlateType type = mapper.readValue("\"" + code + "\"", PlateType.class);
    assertThat(type).isNotEqualTo(PlateType.UNKNOWN);
    assertThat(type.code()).isEqualTo(code);
    assertThat(mapper.writeValueAsString(type)).isEqualTo("\"" + code + "\"");
  }

  @Test
  void unknownPlateTypeCodesReadAsUnknown() throws Exception {
    ObjectMapper mapper = Json.mapper();
    assertThat(mapper.readValue("\"98\"", PlateType.class)).isEqualTo(PlateType.UNKNOWN);
    assertThat(PlateType.fromCode(null)).isEqualTo(PlateType.UNKNOWN);
    assertThat(PlateType.fromCode("")).isEqualTo(PlateType.UNKNOWN);
    assertThat(PlateType.fromCode("02")).isEqualTo(PlateType.SMALL);
    assertThat(PlateType.TRAILER.code()).isEqualTo("15");
    assertThat(PlateType.COACH.code()).isEqualTo("16");
    assertThat(PlateType.POLICE.code()).isEqualTo("23");
    assertThat(PlateType.EMBASSY.code()).isEqualTo("03");
  }
}
