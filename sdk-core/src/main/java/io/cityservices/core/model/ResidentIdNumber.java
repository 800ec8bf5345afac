package io.cityservices.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cityservices.core.privacy.Redactor;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A resident identity number (公民身份号码, GB 11643-1999): 18 characters, a six-digit area code, the
 * birth date {@code yyyyMMdd}, a three-digit sequence whose last digit gives the sex, and an ISO 7064
 * MOD 11-2 check character (a digit or {@code X}; a lower-case {@code x} is normalised). Serialised as
 * a JSON string. Personal data: {@link #toString()} is masked ({@code 110***********002X}).
 *
 * <p>This is a class rather than a record because its check needs a clock ({@link #of(String, Clock)}),
 * which a record's public canonical constructor could not take.
 */
public final class ResidentIdNumber {

  private static final String TYPE = "resident identity number";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  /** ISO 7064 MOD 11-2 weights 2^(17-i) mod 11 and check characters indexed by the weighted sum mod 11. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";

  private final String value;
  private final LocalDate birthDate;

  private ResidentIdNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Parses and checks an identity number, judging "not in the future" by today's date in China.
   *
   * @param value the 18 characters, a final {@code x} in either case
   * @return the checked, normalised number
   * @throws IllegalArgumentException naming the broken rule, see {@link #of(String, Clock)}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ResidentIdNumber of(String value) {
    return of(value, Clock.system(CHINA));
  }

  /**
   * Parses and checks an identity number; the birth date must not be after today in Asia/Shanghai
   * according to {@code clock}.
   *
   * @param value the 18 characters, a final {@code x} in either case
   * @param clock the clock that gives today's date
   * @return the checked, normalised number
   * @throws IllegalArgumentException if the value is null, not 18 characters, not 17 digits and a
   *     check character, has no valid province code, has an impossible or future birth date, or its
   *     check character does not match
   */
  public static ResidentIdNumber of(String value, Clock clock) {
    String id = Rules.requirePresent(value, TYPE).toUpperCase(Locale.ROOT);
    Rules.require(id.length() == 18, TYPE, "must be 18 characters");
    Rules.require(Rules.isAsciiDigits(id, 0, 17), TYPE, "first 17 characters must be digits");
    Rules.require(Character.isDigit(id.charAt(17)) || id.charAt(17) == 'X', TYPE, "check character must be a digit or X");
    Rules.require(Rules.isAreaCode(id, 0), TYPE, "area code must start with a province code (GB/T 2260)");
    LocalDate birthDate = parseBirthDate(id.substring(6, 14));
    LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
    Rules.require(!birthDate.isAfter(today), TYPE, "birth date must not be in the future");
    Rules.require(id.charAt(17) == checkChar(id), TYPE, "check character does not match (ISO 7064 MOD 11-2)");
    return new ResidentIdNumber(id, birthDate);
  }

  private static LocalDate parseBirthDate(String yyyyMMdd) {
    try {
      return LocalDate.parse(yyyyMMdd, BIRTH_DATE);
    } catch (DateTimeException e) {
      // The parser's message quotes the date, which is personal data: rethrow with the rule only.
      throw Rules.invalid(TYPE, "birth date must be a real date (yyyyMMdd)");
    }
  }

  private static char checkChar(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  /**
   * The normalised 18 characters (upper-case {@code X}), as sent on the wire.
   *
   * @return the 18 characters
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The six-digit area code of the place where the number was first issued.
   *
   * @return the area code, e.g. {@code 110105}
   */
  public String areaCode() {
    return value.substring(0, 6);
  }

  /**
   * The holder's birth date.
   *
   * @return the birth date encoded in the number
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * The holder's sex, from the parity of the 17th digit (odd is male).
   *
   * @return {@link Sex#MALE} or {@link Sex#FEMALE}
   */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResidentIdNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked number, e.g. {@code 110***********002X}. */
  @Override
  public String toString() {
    return Redactor.maskIdNumber(value);
  }
}
