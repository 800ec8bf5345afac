package io.cityservices.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cityservices.core.privacy.Redactor;
import java.util.Locale;

/**
 * A motor-vehicle licence plate number (GA 36): a province abbreviation, an issuing-authority letter
 * (A-Z but not I or O), then either an ordinary five-character serial (letters other than I and O, and
 * digits; the last may instead be 挂, 学, 警, 港 or 澳) or a GA 36-2018 new-energy serial of six
 * characters: small vehicles {@code [DF][A-HJ-NP-Z0-9][0-9]{4}}, large vehicles {@code [0-9]{5}[DF]}.
 * Embassy, military and other special plates are not supported.
 *
 * <p>Input is normalised: spaces and the separators {@code ·}, {@code •} and {@code .} are removed and
 * ASCII letters upper-cased, so {@code 粤B·d12345} becomes {@code 粤BD12345}. Serialised as a JSON
 * string. Personal data: {@link #toString()} is masked ({@code 沪A***45}).
 *
 * @param value the normalised plate number
 */
public record PlateNumber(String value) {

  private static final String TYPE = "plate number";
  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  /** The ordinary serial's last character may also be one of these (trailer, learner, police, HK, Macao). */
  private static final String ORDINARY_SUFFIXES = "挂学警港澳";

  /**
   * Normalises and checks the plate.
   *
   * @param value the plate as written, separators and lower-case letters allowed
   * @throws IllegalArgumentException if it is null, not 7 (ordinary) or 8 (new-energy) characters, does
   *     not start with a province abbreviation, has an invalid issuing-authority letter or an invalid
   *     serial
   */
  public PlateNumber {
    value = normalise(Rules.requirePresent(value, TYPE));
    Rules.require(
        value.length() == 7 || value.length() == 8, TYPE, "must be 7 characters, or 8 for a new-energy vehicle");
    Rules.require(
        PROVINCES.indexOf(value.charAt(0)) >= 0,
        TYPE,
        "must start with a province abbreviation (embassy and other special plates are not supported)");
    Rules.require(
        isAuthorityLetter(value.charAt(1)),
        TYPE,
        "issuing-authority letter must be A-Z other than I and O");
    boolean ordinary = value.length() == 7;
    Rules.require(
        ordinary ? isOrdinarySerial(value) : isNewEnergySerial(value),
        TYPE,
        ordinary
            ? "serial must be 5 digits or letters other than I and O, the last possibly 挂/学/警/港/澳"
            : "new-energy serial must be D or F, a letter or digit and 4 digits, or 5 digits and D or F (GA 36-2018)");
  }

  /**
   * Normalises and parses a plate number.
   *
   * @param value the plate as written, e.g. {@code 粤B·d12345}
   * @return the normalised, checked plate
   * @throws IllegalArgumentException if it breaks a rule of {@link #PlateNumber(String)}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PlateNumber of(String value) {
    return new PlateNumber(value);
  }

  /**
   * The normalised plate number, as sent on the wire.
   *
   * @return the 7 or 8 characters without separators
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The province abbreviation, e.g. {@code 沪}.
   *
   * @return the first character
   */
  public String province() {
    return value.substring(0, 1);
  }

  /**
   * Whether this is a new-energy plate (8 characters).
   *
   * @return true for an 8-character plate
   */
  public boolean isNewEnergy() {
    return value.length() == 8;
  }

  /** The masked plate, e.g. {@code 沪A***45}. */
  @Override
  public String toString() {
    return Redactor.maskPlate(value);
  }

  /**
   * Removes the separators (the regex {@code [\s·•.]}: space, tab, line feed, vertical tab, form feed,
   * carriage return, {@code ·}, {@code •} and {@code .}) and upper-cases. Copies only when there is a
   * separator to remove.
   */
  private static String normalise(String raw) {
    StringBuilder kept = null;
    for (int i = 0, n = raw.length(); i < n; i++) {
      char c = raw.charAt(i);
      if (isSeparator(c)) {
        if (kept == null) {
          kept = new StringBuilder(n).append(raw, 0, i);
        }
      } else if (kept != null) {
        kept.append(c);
      }
    }
    return (kept == null ? raw : kept.toString()).toUpperCase(Locale.ROOT);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r'
        || c == '·' || c == '•' || c == '.';
  }

  /** {@code [A-HJ-NP-Z]}. */
  private static boolean isAuthorityLetter(char c) {
    return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O';
  }

  /** {@code [A-HJ-NP-Z0-9]}. */
  private static boolean isLetterOrDigit(char c) {
    return isAuthorityLetter(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The five characters from index 2 match {@code [A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]}. */
  private static boolean isOrdinarySerial(String plate) {
    for (int i = 2; i < 6; i++) {
      if (!isLetterOrDigit(plate.charAt(i))) {
        return false;
      }
    }
    char last = plate.charAt(6);
    return isLetterOrDigit(last) || ORDINARY_SUFFIXES.indexOf(last) >= 0;
  }

  /** The six characters from index 2 match {@code [DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]}. */
  private static boolean isNewEnergySerial(String plate) {
    char first = plate.charAt(2);
    char last = plate.charAt(7);
    if ((first == 'D' || first == 'F') && isLetterOrDigit(plate.charAt(3))) {
      return Rules.isAsciiDigits(plate, 4, 8);
    }
    return Rules.isAsciiDigits(plate, 2, 7) && (last == 'D' || last == 'F');
  }
}
