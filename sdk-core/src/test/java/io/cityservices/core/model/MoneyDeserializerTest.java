package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.cityservices.core.internal.json.JsonMapperFactory;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The token-reading {@link MoneyDeserializer}: same results and errors as the former tree-reading creator. */
class MoneyDeserializerTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final String AMOUNT_RULE =
      "Invalid money: amount must be an integer number of minor units (e.g. fen), not a decimal or string";
  private static final String CURRENCY_STRING_RULE = "Invalid money: currency must be an ISO 4217 code string";
  private static final String CURRENCY_CODE_RULE = "Invalid money: currency must be an ISO 4217 code";
  private static final String OBJECT_RULE = "Invalid money: must be an object with amount and currency";

  record Fee(String id, Money fine, int points) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"amount\":20000,\"currency\":\"CNY\"}",
        "{\"currency\":\"CNY\",\"amount\":20000}",
        "{\"x\":1,\"currency\":\"CNY\",\"y\":[1,{\"amount\":5}],\"amount\":20000,\"z\":{\"currency\":\"USD\"}}",
        "{\"amount\":\"1\",\"amount\":20000,\"currency\":7,\"currency\":\"CNY\"}",
        " { \"amount\" : 20000 , \"currency\" : \"CNY\" } ",
      })
  void readsMembersInAnyOrderSkippingUnknownOnesAndTakingTheLastOfARepeat(String json) throws Exception {
    assertThat(Json.mapper().readValue(json, Money.class)).isEqualTo(Money.cny(20000));
    assertThat(JsonMapperFactory.create().readValue(json, Money.class)).isEqualTo(Money.cny(20000));
  }

  @Test
  void readsTheWholeLongRange() throws Exception {
    ObjectMapper mapper = Json.mapper();
    assertThat(mapper.readValue("{\"amount\":9223372036854775807,\"currency\":\"USD\"}", Money.class))
        .isEqualTo(Money.of(Long.MAX_VALUE, USD));
    assertThat(mapper.readValue("{\"amount\":-9223372036854775808,\"currency\":\"USD\"}", Money.class))
        .isEqualTo(Money.of(Long.MIN_VALUE, USD));
    assertThat(mapper.readValue("{\"amount\":-0,\"currency\":\"USD\"}", Money.class)).isEqualTo(Money.zero(USD));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"amount\":200.5,\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":200.0,\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":2e2,\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":\"200\",\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":null,\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":true,\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":[1],\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":{\"value\":1},\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":9223372036854775808,\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":-9223372036854775809,\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":99999999999999999999,\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"amount\":1,\"amount\":1.5,\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{\"currency\":\"CNY\"}|" + AMOUNT_RULE,
        "{}|" + AMOUNT_RULE,
        "{\"amount\":1.5,\"currency\":5}|" + AMOUNT_RULE,
        "{\"amount\":1}|" + CURRENCY_STRING_RULE,
        "{\"amount\":1,\"currency\":null}|" + CURRENCY_STRING_RULE,
        "{\"amount\":1,\"currency\":156}|" + CURRENCY_STRING_RULE,
        "{\"amount\":1,\"currency\":[\"CNY\"]}|" + CURRENCY_STRING_RULE,
        "{\"amount\":1,\"currency\":\"CNY\",\"currency\":false}|" + CURRENCY_STRING_RULE,
        "{\"amount\":1,\"currency\":\"XYZ1\"}|" + CURRENCY_CODE_RULE,
        "{\"amount\":1,\"currency\":\"cny\"}|" + CURRENCY_CODE_RULE,
        "{\"amount\":1,\"currency\":\"\"}|" + CURRENCY_CODE_RULE,
        "20000|" + OBJECT_RULE,
        "20000.5|" + OBJECT_RULE,
        "\"CNY 200.00\"|" + OBJECT_RULE,
        "\"\"|" + OBJECT_RULE,
        "true|" + OBJECT_RULE,
        "[]|" + OBJECT_RULE,
        "[{\"amount\":1,\"currency\":\"CNY\"}]|" + OBJECT_RULE,
      })
  void rejectsBadWireFormsAsAFailingCreatorWould(String json, String message) {
    for (ObjectMapper mapper : List.of(Json.mapper(), JsonMapperFactory.create())) {
      assertThatThrownBy(() -> mapper.readValue(json, Money.class))
          .isInstanceOf(ValueInstantiationException.class)
          .hasMessageStartingWith(
              "Cannot construct instance of `io.cityservices.core.model.Money`, problem: " + message + "\n")
          .cause()
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }
  }

  @Test
  void reportsThePathOfABadAmountInsideAnotherValue() {
    assertThatThrownBy(
            () -> Json.mapper().readValue("{\"id\":\"v1\",\"fine\":{\"amount\":1.5,\"currency\":\"CNY\"},\"points\":3}", Fee.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining(AMOUNT_RULE)
        .hasMessageContaining("MoneyDeserializerTest$Fee[\"fine\"]");
  }

  @Test
  void leavesTheParserAfterTheMoneySoTheRestReads() throws Exception {
    ObjectMapper mapper = JsonMapperFactory.create();
    String json =
        "{\"fine\":{\"extra\":{\"a\":[1,2,{\"b\":null}]},\"currency\":\"CNY\",\"amount\":20000,\"more\":[]},"
            + "\"points\":3,\"id\":\"v1\"}";
    assertThat(mapper.readValue(json, Fee.class)).isEqualTo(new Fee("v1", Money.cny(20000), 3));
    assertThat(mapper.readValue("{\"id\":\"v2\",\"fine\":null,\"points\":0}", Fee.class))
        .isEqualTo(new Fee("v2", null, 0));
    List<Money> list =
        mapper.readValue(
            "[{\"amount\":1,\"currency\":\"CNY\"},null,{\"currency\":\"USD\",\"amount\":-2}]",
            mapper.getTypeFactory().constructCollectionType(List.class, Money.class));
    assertThat(list).containsExactly(Money.cny(1), null, Money.of(-2, USD));
    assertThat(mapper.readValue("null", Money.class)).isNull();
  }

  @Test
  void readsFromTreesConversionsAndOptionals() throws Exception {
    ObjectMapper mapper = JsonMapperFactory.create();
    JsonNode tree = mapper.readTree("{\"currency\":\"USD\",\"amount\":-1}");
    assertThat(mapper.treeToValue(tree, Money.class)).isEqualTo(Money.of(-1, USD));
    assertThat(mapper.convertValue(Map.of("amount", 5, "currency", "CNY"), Money.class)).isEqualTo(Money.cny(5));
    assertThatThrownBy(() -> mapper.convertValue(Map.of("amount", 5.0, "currency", "CNY"), Money.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(AMOUNT_RULE);
  }

  @Test
  void readsWhenHandedTheParserAtTheFirstMemberOrTheEnd() throws Exception {
    ObjectMapper mapper = Json.mapper();
    try (JsonParser p = mapper.createParser("{\"currency\":\"CNY\",\"amount\":7}")) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
      assertThat(mapper.readValue(p, Money.class)).isEqualTo(Money.cny(7));
    }
  }

  @Test
  void writesTheSameWireFormAsBefore() throws Exception {
    ObjectMapper mapper = JsonMapperFactory.create();
    assertThat(mapper.writeValueAsString(Money.of(-5, USD))).isEqualTo("{\"amount\":-5,\"currency\":\"USD\"}");
    assertThat(mapper.writeValueAsString(List.of(Money.cny(1)))).isEqualTo("[{\"amount\":1,\"currency\":\"CNY\"}]");
  }
}
