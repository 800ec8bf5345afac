package io.cityservices.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cityservices.core.privacy.Redactor;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number: 11 digits starting with 13 to 19. Input may carry a {@code +86},
 * {@code 0086} or {@code 86} prefix, spaces and dashes; they are removed. Serialised as a JSON string
 * of the 11 digits. Personal data: {@link #toString()} is masked ({@code 138****5678}).
 *
 * @param value the normalised 11 digits
 */
public record PhoneNumber(String value) {

  private static final String TYPE = "phone number";
  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
  private static final Pattern COUNTRY_PREFIX = Pattern.compile("^(?:\\+86|0086|86(?=\\d{11}$))");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  /**
   * Normalises and checks the number.
   *
   * @param value the number as written, prefix and separators allowed
   * @throws IllegalArgumentException if it is null, or is not 11 digits starting with 13 to 19 once the
   *     prefix and separators are removed
   */
  public PhoneNumber {
    String digits = SEPARATORS.matcher(Rules.requirePresent(value, TYPE)).replaceAll("");
    value = COUNTRY_PREFIX.matcher(digits).replaceFirst("");
    Rules.require(
        MOBILE.matcher(value).matches(),
        TYPE,
        "must be a mainland mobile number: 11 digits starting with 13-19, optionally after +86, 0086 or 86");
  }

  /**
   * Normalises and parses a mobile number.
   *
   * @param value the number as written, e.g. {@code +86 138-0013-8000}
   * @return the normalised, checked number
   * @throws IllegalArgumentException if it breaks the rule of {@link #PhoneNumber(String)}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  /**
   * The 11 digits, as sent on the wire.
   *
   * @return the 11 digits
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /** The masked number, e.g. {@code 138****5678}. */
  @Override
  public String toString() {
    return Redactor.maskPhone(value);
  }
}
