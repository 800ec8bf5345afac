package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of a passport or permit: a capital letter and 7 or 8 further letters or digits, as the
 * administration prints them ({@code E12345678}, {@code EA1234567}, {@code C12345678}, {@code L12345678}).
 * Personal data: {@link #toString()} shows only the first character and the last two ({@code E******78}).
 *
 * @param value the number, upper case
 */
public record DocumentNumber(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{7,8}");

  /**
   * Checks the format.
   *
   * @param value the document number as printed
   * @throws IllegalArgumentException when it is null or not a capital letter and 7 or 8 letters or
   *     digits (the message never repeats the value)
   */
  public DocumentNumber {
    Objects.requireNonNull(value, "document number");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "document number must be a capital letter followed by 7 or 8 capital letters or digits");
    }
  }

  /**
   * Parses a document number.
   *
   * @param value the number as printed: one or two capital letters, then digits
   * @return the number
   * @throws IllegalArgumentException when it breaks the rule of {@link #DocumentNumber(String)}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DocumentNumber of(String value) {
    return new DocumentNumber(value);
  }

  /**
   * The number in clear, as sent on the wire.
   *
   * @return the number in clear
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /** The masked number, e.g. {@code E******78}. */
  @Override
  public String toString() {
    return mask(value);
  }

  static String mask(String number) {
    if (number == null || number.length() <= 3) {
      return "***";
    }
    return number.charAt(0) + "*".repeat(number.length() - 3) + number.substring(number.length() - 2);
  }
}
