package io.cityservices.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) identifying an organisation: 18
 * characters from the 31-character alphabet {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, Z, S, V): the
 * registration-authority code, the organisation type, a six-digit GB/T 2260 area code, the nine-character
 * organisation code (whose last character is its GB 11714 check character) and a final check character
 * with weights 3^i mod 31. The registration-authority and organisation-type codes are checked against the
 * alphabet only. Serialised as a JSON string. Not personal data, so not masked.
 *
 * @param value the 18 characters
 */
public record UnifiedSocialCreditCode(String value) {

  private static final String TYPE = "unified social credit code";
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /**
   * Checks the code.
   *
   * @param value the 18 characters, upper case
   * @throws IllegalArgumentException if it is null, not 18 characters of the GB 32100 alphabet, has no
   *     valid area code, or either check character (GB 11714 organisation code, GB 32100 final) does
   *     not match
   */
  public UnifiedSocialCreditCode {
    Rules.requirePresent(value, TYPE);
    Rules.require(value.length() == 18, TYPE, "must be 18 characters");
    Rules.require(
        usesOnlyAlphabet(value),
        TYPE,
        "must use only 0-9 and upper-case letters other than I, O, Z, S and V (GB 32100)");
    Rules.require(Rules.isAreaCode(value, 2), TYPE, "characters 3-8 must be an area code (GB/T 2260)");
    Rules.require(
        value.charAt(16) == organisationCheckChar(value),
        TYPE,
        "organisation code check character does not match (GB 11714)");
    Rules.require(value.charAt(17) == finalCheckChar(value), TYPE, "check character does not match (GB 32100)");
  }

  /**
   * Parses a credit code.
   *
   * @param value the 18 characters, upper case
   * @return the checked code
   * @throws IllegalArgumentException if it breaks a rule of {@link #UnifiedSocialCreditCode(String)}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnifiedSocialCreditCode of(String value) {
    return new UnifiedSocialCreditCode(value);
  }

  /**
   * The 18 characters, as sent on the wire.
   *
   * @return the 18 characters
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The six-digit area code of the registering authority.
   *
   * @return the six digits, e.g. {@code 310115}
   */
  public String areaCode() {
    return value.substring(2, 8);
  }

  /**
   * The nine-character organisation code (GB 11714), check character included.
   *
   * @return the nine characters, e.g. {@code MA1FL1234}
   */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  /** The 18 characters. */
  @Override
  public String toString() {
    return value;
  }

  private static boolean usesOnlyAlphabet(String code) {
    for (int i = 0, n = code.length(); i < n; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** GB 11714: letters count 10 for A up to 35 for Z; C9 = 11 - (sum mod 11), 10 is X and 11 is 0. */
  private static char organisationCheckChar(String code) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(code.charAt(8 + i), 36) * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  private static char finalCheckChar(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
