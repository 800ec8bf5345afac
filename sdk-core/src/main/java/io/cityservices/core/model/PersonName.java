package io.cityservices.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cityservices.core.privacy.Redactor;
import java.util.regex.Pattern;

/**
 * A person's name in Chinese or Latin script: trimmed, 1 to 64 characters, made of Han or Latin
 * letters (with their combining marks), spaces, and the separators {@code ·}, {@code •}, {@code .},
 * {@code '} and {@code -}. Serialised as a JSON string. Personal data: {@link #toString()} keeps the
 * first letter of each word ({@code 张*}, {@code J*** S****}).
 *
 * @param value the trimmed name
 */
public record PersonName(String value) {

  private static final String TYPE = "person name";
  private static final int MAX_LENGTH = 64;
  private static final Pattern LETTERS = Pattern.compile("[\\p{IsHan}\\p{IsLatin}\\p{M} ·•.'\\-]+");

  /**
   * Trims and checks the name.
   *
   * @param value the name as written; trimmed
   * @throws IllegalArgumentException if it is null, blank, longer than 64 characters, contains control
   *     characters or characters other than Chinese or Latin letters and the allowed separators
   */
  public PersonName {
    value = Rules.requireText(value, TYPE, MAX_LENGTH);
    Rules.require(
        LETTERS.matcher(value).matches(),
        TYPE,
        "must contain only Chinese or Latin letters, spaces and the separators · • . ' -");
  }

  /**
   * Trims and parses a name.
   *
   * @param value the name as written, e.g. {@code 张三}
   * @return the trimmed, checked name
   * @throws IllegalArgumentException if it breaks a rule of {@link #PersonName(String)}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PersonName of(String value) {
    return new PersonName(value);
  }

  /**
   * The trimmed name, as sent on the wire.
   *
   * @return the trimmed name
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /** The masked name, e.g. {@code 张*}. */
  @Override
  public String toString() {
    return Redactor.maskName(value);
  }
}
