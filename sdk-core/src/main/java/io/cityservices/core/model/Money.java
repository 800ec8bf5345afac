package io.cityservices.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money in minor units (fen for CNY), never floating point. Serialised as
 * {@code {"amount": 20000, "currency": "CNY"}}, where {@code amount} must be a JSON integer.
 * Arithmetic is exact: mixing currencies throws {@link IllegalArgumentException} and overflowing a
 * {@code long} throws {@link ArithmeticException}. Not personal data.
 *
 * @param amount the amount in minor units, may be negative (refunds, adjustments)
 * @param currency the ISO 4217 currency
 */
@JsonPropertyOrder({"amount", "currency"})
@JsonDeserialize(using = MoneyDeserializer.class)
public record Money(long amount, Currency currency) implements Comparable<Money> {

  private static final String TYPE = "money";
  private static final Currency CNY = Currency.getInstance("CNY");

  /**
   * Checks the currency.
   *
   * @param amount the amount in minor units, may be negative
   * @param currency the ISO 4217 currency
   * @throws IllegalArgumentException if {@code currency} is null
   */
  public Money {
    Rules.require(currency != null, TYPE, "currency must not be null");
  }

  /**
   * An amount in any currency.
   *
   * @param amount the amount in {@code currency}'s minor units (cents, fen, yen), may be negative
   * @param currency the ISO 4217 currency
   * @return the amount
   * @throws IllegalArgumentException if {@code currency} is null
   */
  public static Money of(long amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * An amount of Chinese yuan in fen: {@code cny(20000)} is ¥200.00.
   *
   * @param fen the amount in fen (1/100 yuan), may be negative
   * @return the amount in CNY
   */
  public static Money cny(long fen) {
    return new Money(fen, CNY);
  }

  /**
   * Zero in {@code currency}.
   *
   * @param currency the ISO 4217 currency
   * @return an amount of 0 minor units of {@code currency}
   * @throws IllegalArgumentException if {@code currency} is null
   */
  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * The total of {@code amounts}, which may be empty (giving zero in {@code currency}).
   *
   * @param currency the currency of the total, also used when {@code amounts} is empty
   * @param amounts the amounts to add; none may be null
   * @return the exact sum in {@code currency}
   * @throws IllegalArgumentException if {@code currency} is null or an amount is in another currency
   * @throws ArithmeticException if the total overflows
   */
  public static Money sum(Currency currency, Iterable<Money> amounts) {
    Money total = zero(currency);
    for (Money amount : amounts) {
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * Checks the members read from the wire form {@code {"amount": <integer>, "currency": "<ISO 4217
   * code>"}}, in this order: the value is an object, the amount, then the currency.
   *
   * @param object whether the value was a JSON object
   * @param integralAmount whether the last {@code amount} member was an integer that fits a {@code long}
   * @param amount that integer, when {@code integralAmount}
   * @param currency the last {@code currency} member's value when it was a string, else null
   * @throws IllegalArgumentException if the value is not such an object, the amount is not an integer
   *     that fits a {@code long} (a fractional amount like {@code 200.5} is refused), or the currency is
   *     not an ISO 4217 code
   */
  static Money fromWire(
      boolean object, boolean integralAmount, long amount, @Nullable String currency) {
    Rules.require(object, TYPE, "must be an object with amount and currency");
    Rules.require(
        integralAmount, TYPE, "amount must be an integer number of minor units (e.g. fen), not a decimal or string");
    if (currency == null) {
      throw Rules.invalid(TYPE, "currency must be an ISO 4217 code string");
    }
    return new Money(amount, currencyOf(currency));
  }

  private static Currency currencyOf(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw Rules.invalid(TYPE, "currency must be an ISO 4217 code");
    }
  }

  /**
   * This plus {@code other}.
   *
   * @param other the amount to add, in the same currency; not null
   * @return the exact sum in this currency
   * @throws IllegalArgumentException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public Money plus(Money other) {
    return new Money(Math.addExact(amount, sameCurrency(other).amount), currency);
  }

  /**
   * This minus {@code other}.
   *
   * @param other the amount to subtract, in the same currency; not null
   * @return the exact difference in this currency
   * @throws IllegalArgumentException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public Money minus(Money other) {
    return new Money(Math.subtractExact(amount, sameCurrency(other).amount), currency);
  }

  /**
   * This times {@code factor} (e.g. a quantity).
   *
   * @param factor the multiplier, may be zero or negative
   * @return the exact product in this currency
   * @throws ArithmeticException on overflow
   */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(amount, factor), currency);
  }

  /**
   * Whether the amount is zero.
   *
   * @return true if the amount is 0 minor units
   */
  @JsonIgnore
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true if the amount is at least one minor unit
   */
  @JsonIgnore
  public boolean isPositive() {
    return amount > 0;
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true if the amount is negative, e.g. a refund
   */
  @JsonIgnore
  public boolean isNegative() {
    return amount < 0;
  }

  /**
   * Orders amounts of the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(amount, sameCurrency(other).amount);
  }

  /**
   * The amount for people to read: the ISO code, a space and the amount in major units with the
   * currency's usual number of decimals, independent of the locale, e.g. {@code CNY 200.00},
   * {@code CNY -0.05}, {@code JPY 500}.
   *
   * @return the display text, e.g. {@code CNY 200.00}
   */
  public String toDisplayString() {
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    return currency.getCurrencyCode() + " " + BigDecimal.valueOf(amount, scale).toPlainString();
  }

  /** The same as {@link #toDisplayString()}. */
  @Override
  public String toString() {
    return toDisplayString();
  }

  private Money sameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Currency mismatch: " + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode());
    }
    return other;
  }
}
