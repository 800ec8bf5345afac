package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void addsSubtractsAndMultipliesExactly() {
    assertThat(Money.cny(20000).plus(Money.cny(5))).isEqualTo(Money.cny(20005));
    assertThat(Money.cny(5).minus(Money.cny(20000))).isEqualTo(Money.cny(-19995));
    assertThat(Money.cny(1999).times(3)).isEqualTo(Money.cny(5997));
    assertThat(Money.zero(CNY)).isEqualTo(Money.cny(0)).isEqualTo(Money.of(0, CNY));
  }

  @Test
  void tellsItsSign() {
    assertThat(Money.cny(0).isZero()).isTrue();
    assertThat(Money.cny(1).isPositive()).isTrue();
    assertThat(Money.cny(-1).isNegative()).isTrue();
    assertThat(Money.cny(1).isNegative()).isFalse();
    assertThat(Money.cny(-1).isZero()).isFalse();
  }

  @Test
  void sumsIncludingTheEmptyCase() {
    assertThat(Money.sum(CNY, List.of(Money.cny(100), Money.cny(250), Money.cny(-50)))).isEqualTo(Money.cny(300));
    assertThat(Money.sum(USD, List.of())).isEqualTo(Money.zero(USD));
    assertThatThrownBy(() -> Money.sum(USD, List.of(Money.cny(1)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.cny(1).plus(Money.of(1, USD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Currency mismatch");
    assertThatThrownBy(() -> Money.cny(1).minus(Money.of(1, USD))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.cny(1).compareTo(Money.of(1, USD))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    assertThatThrownBy(() -> Money.cny(Long.MAX_VALUE).plus(Money.cny(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.cny(Long.MIN_VALUE).minus(Money.cny(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.cny(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.sum(CNY, List.of(Money.cny(Long.MAX_VALUE), Money.cny(1))))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void comparesWithinACurrency() {
    assertThat(Money.cny(1)).isLessThan(Money.cny(2));
    assertThat(Money.cny(2).compareTo(Money.cny(2))).isZero();
  }

  @Test
  void requiresACurrency() {
    assertThatThrownBy(() -> Money.of(1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid money: currency must not be null");
  }

  @ParameterizedTest
  @CsvSource({"20000, CNY, CNY 200.00", "-5, CNY, CNY -0.05", "7, CNY, CNY 0.07", "500, JPY, JPY 500", "1234, USD, USD 12.34"})
  void displaysWithoutFloatingPoint(long amount, String currency, String display) {
    Money money = Money.of(amount, Currency.getInstance(currency));
    assertThat(money.toDisplayString()).isEqualTo(display);
    assertThat(money).hasToString(display);
  }

  @Test
  void hasTheExactWireForm() throws Exception {
    ObjectMapper mapper = Json.mapper();
    assertThat(mapper.writeValueAsString(Money.cny(20000))).isEqualTo("{\"amount\":20000,\"currency\":\"CNY\"}");
    assertThat(mapper.readValue("{\"currency\":\"CNY\",\"amount\":20000}", Money.class)).isEqualTo(Money.cny(20000));
    assertThat(mapper.readValue("{\"amount\":-1,\"currency\":\"USD\",\"extra\":true}", Money.class))
        .isEqualTo(Money.of(-1, USD));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"amount\":200.5,\"currency\":\"CNY\"}|amount must be an integer number of minor units",
        "{\"amount\":200.0,\"currency\":\"CNY\"}|amount must be an integer number of minor units",
        "{\"amount\":\"200\",\"currency\":\"CNY\"}|amount must be an integer number of minor units",
        "{\"amount\":99999999999999999999,\"currency\":\"CNY\"}|amount must be an integer number of minor units",
        "{\"currency\":\"CNY\"}|amount must be an integer number of minor units",
        "{\"amount\":1,\"currency\":\"XYZ1\"}|currency must be an ISO 4217 code",
        "{\"amount\":1}|currency must be an ISO 4217 code string",
        "20000|must be an object with amount and currency",
      })
  void rejectsBadWireForms(String json, String rule) {
    assertThatThrownBy(() -> Json.mapper().readValue(json, Money.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining(rule);
  }
}
