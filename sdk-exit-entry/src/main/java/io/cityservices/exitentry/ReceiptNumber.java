package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cityservices.core.privacy.Redactor;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The receipt number (受理编号) an office gives an application when it accepts it: 20 digits, the
 * office's city code, the date of acceptance ({@code yyyyMMdd}) and a sequence number. It is what a
 * citizen follows the application by, so it is personal data: {@link #toString()} shows only the last
 * four digits.
 *
 * @param value the 20 digits
 */
public record ReceiptNumber(String value) {
  private static final Pattern FORMAT = Pattern.compile("\\d{20}");

  /**
   * Checks the format.
   *
   * @param value the receipt number as printed
   * @throws IllegalArgumentException when it is null or not 20 digits (the message never repeats the
   *     value)
   */
  public ReceiptNumber {
    Objects.requireNonNull(value, "receipt number");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("receipt number must be 20 digits");
    }
  }

  /**
   * Parses a receipt number.
   *
   * @param value the receipt's 20 digits as printed, without spaces
   * @return the receipt number
   * @throws IllegalArgumentException when it is not 20 digits
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ReceiptNumber of(String value) {
    return new ReceiptNumber(value);
  }

  /**
   * The digits in clear, as sent on the wire.
   *
   * @return the digits in clear
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /** The masked number, e.g. {@code ****************0042}. */
  @Override
  public String toString() {
    return Redactor.maskAccountNumber(value);
  }
}
