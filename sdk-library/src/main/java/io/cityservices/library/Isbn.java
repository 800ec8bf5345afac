package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An International Standard Book Number (ISO 2108): thirteen digits with the EAN-13 check digit
 * (weights 1 and 3, modulo 10) and the {@code 978} or {@code 979} prefix, or ten characters with the
 * ISBN-10 check character (weights 10 down to 1, modulo 11, {@code X} for ten). Hyphens and spaces
 * are accepted on input and dropped; a lower-case {@code x} reads as {@code X}. Kept as given
 * (ten or thirteen); {@link #toIsbn13()} converts. Serialised as the bare digits. Not personal data.
 *
 * @param value the ten or thirteen characters, without separators
 */
public record Isbn(String value) {

  /**
   * Checks the number.
   *
   * @param value an ISBN-10 or ISBN-13 as typed; hyphens and spaces are dropped
   * @throws IllegalArgumentException if it is null, not ten or thirteen characters after removing
   *     hyphens and spaces, has a bad prefix, or its check character does not match
   */
  public Isbn {
    if (value == null) {
      throw new IllegalArgumentException("ISBN must not be null");
    }
    value = value.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (value.length() == 13) {
      if (!value.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("ISBN-13 must be 13 digits");
      }
      if (!value.startsWith("978") && !value.startsWith("979")) {
        throw new IllegalArgumentException("ISBN-13 must start with 978 or 979");
      }
      if (value.charAt(12) != isbn13CheckDigit(value)) {
        throw new IllegalArgumentException("ISBN-13 check digit does not match");
      }
    } else if (value.length() == 10) {
      if (!value.substring(0, 9).chars().allMatch(Character::isDigit)
          || !(Character.isDigit(value.charAt(9)) || value.charAt(9) == 'X')) {
        throw new IllegalArgumentException("ISBN-10 must be 9 digits and a digit or X");
      }
      if (value.charAt(9) != isbn10CheckCharacter(value)) {
        throw new IllegalArgumentException("ISBN-10 check character does not match");
      }
    } else {
      throw new IllegalArgumentException("ISBN must have 10 or 13 characters (hyphens and spaces aside)");
    }
  }

  /**
   * Parses an ISBN-10 or ISBN-13, with or without hyphens.
   *
   * @param value an ISBN-10 or ISBN-13 as typed; hyphens and spaces are dropped
   * @return the checked ISBN, kept as ten or thirteen characters
   * @throws IllegalArgumentException if it breaks a rule of {@link #Isbn(String)}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Isbn of(String value) {
    return new Isbn(value);
  }

  /**
   * Whether {@code value} is a valid ISBN-10 or ISBN-13.
   *
   * @param value the text to check, may be null
   * @return true when {@link #of} would accept it
   */
  public static boolean isValid(String value) {
    try {
      of(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The bare digits, as sent on the wire.
   *
   * @return ten or thirteen characters, digits and possibly a final {@code X}
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Whether this is the thirteen-digit form.
   *
   * @return true for thirteen digits, false for the ten-character form
   */
  public boolean isIsbn13() {
    return value.length() == 13;
  }

  /**
   * The same book as an ISBN-13: an ISBN-10 gets the {@code 978} prefix and a new check digit.
   *
   * @return this ISBN if already thirteen digits, else its ISBN-13 equivalent
   */
  public Isbn toIsbn13() {
    if (isIsbn13()) {
      return this;
    }
    String twelve = "978" + value.substring(0, 9);
    return new Isbn(twelve + isbn13CheckDigit(twelve));
  }

  @Override
  public String toString() {
    return value;
  }

  private static char isbn13CheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  private static char isbn10CheckCharacter(String chars) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (chars.charAt(i) - '0') * (10 - i);
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }
}
