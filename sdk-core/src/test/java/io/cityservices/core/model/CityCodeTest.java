package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CityCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"110000", "150100", "210100", "230100", "310000", "370200", "410100", "460100", "500000", "540100", "610100", "650100", "710000", "810000", "820000", "310104"})
  void acceptsSixDigitsWithAProvincePrefix(String value) {
    assertThat(CityCode.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "100000, first two digits must be a province code",
    "160000, first two digits must be a province code",
    "720000, first two digits must be a province code",
    "830000, first two digits must be a province code",
    "31000, must be six digits",
    "31000a, must be six digits",
  })
  void rejectsBrokenRules(String value, String rule) {
    assertThatThrownBy(() -> CityCode.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid city code: ")
        .hasMessageContaining(rule);
  }

  @Test
  void knowsTheSdkCities() {
    assertThat(CityCode.SHANGHAI.value()).isEqualTo("310000");
    assertThat(CityCode.GUANGZHOU.value()).isEqualTo("440100");
    assertThat(CityCode.SHENZHEN.value()).isEqualTo("440300");
    assertThat(CityCode.HANGZHOU.value()).isEqualTo("330100");
    assertThat(CityCode.NINGBO.value()).isEqualTo("330200");
    assertThat(CityCode.NANCHANG.value()).isEqualTo("360100");
    assertThat(CityCode.QINGDAO.value()).isEqualTo("370200");
    assertThat(CityCode.TAIYUAN.value()).isEqualTo("140100");
    assertThat(CityCode.SHANGHAI.displayName()).contains("上海 Shanghai");
    assertThat(CityCode.of("140100").displayName()).contains("太原 Taiyuan");
    assertThat(CityCode.of("310104").displayName()).isEmpty();
    assertThat(CityCode.of("310000")).isEqualTo(CityCode.SHANGHAI).hasToString("310000");
  }

  @Test
  void serialisesAsAPlainString() throws Exception {
    ObjectMapper mapper = Json.mapper();
    assertThat(mapper.writeValueAsString(CityCode.SHENZHEN)).isEqualTo("\"440300\"");
    assertThat(mapper.readValue("\"440300\"", CityCode.class)).isEqualTo(CityCode.SHENZHEN);
  }
}
