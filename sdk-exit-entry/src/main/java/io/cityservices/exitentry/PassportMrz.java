package io.cityservices.exitentry;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.Sex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The machine-readable zone of a passport (ICAO Doc 9303 part 4, the TD3 format: two lines of 44
 * characters), parsed and checked, for apps that scan a passport. Every check digit is verified: the
 * document number's, the birth date's, the expiry date's, the personal number's and the composite
 * one over all of them (weights 7, 3, 1; digits count as themselves, A to Z as 10 to 35, the filler
 * {@code <} as 0).
 *
 * <p>The zone is personal data: {@link #toString()} shows only the document code, the issuing
 * state and the masked document number. Dates carry two-digit years: the expiry is read as 20YY,
 * the birth date as the latest year not after the expiry.
 *
 * @param documentCode the document code without filler, {@code P} or e.g. {@code PO}
 * @param issuingState the issuing state's three-letter code, e.g. {@code CHN}
 * @param surname the primary identifier, fillers read as spaces
 * @param givenNames the secondary identifier, fillers read as spaces; empty when there is none
 * @param documentNumber the document number without filler
 * @param nationality the holder's three-letter nationality code
 * @param birthDate the holder's date of birth
 * @param sex the holder's sex; null when unspecified ({@code <} or {@code X})
 * @param expiryDate the document's last valid day
 * @param personalNumber the optional personal number without filler, empty when there is none
 */
public record PassportMrz(
    String documentCode,
    String issuingState,
    String surname,
    String givenNames,
    String documentNumber,
    String nationality,
    LocalDate birthDate,
    @Nullable Sex sex,
    LocalDate expiryDate,
    String personalNumber) {

  /** The length of each of the two lines. */
  public static final int LINE_LENGTH = 44;

  private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n|\\r");

  private static final int[] WEIGHTS = {7, 3, 1};

  /**
   * Parses the zone as scanned: two lines separated by a line break (CR, LF or CRLF), surrounding
   * whitespace ignored.
   *
   * @param zone the two lines as scanned, separated by a line break; surrounding blanks are ignored
   * @return the zone's fields, every check digit verified
   * @throws ValidationException naming {@code mrz} when it is not two lines; otherwise as {@link
   *     #parse(String, String)}
   */
  public static PassportMrz parse(String zone) {
    if (zone == null) {
      throw ValidationException.of("mrz", "must not be null");
    }
    String[] lines = LINE_BREAK.split(zone.strip(), -1);
    if (lines.length != 2) {
      throw ValidationException.of("mrz", "must be two lines, got " + lines.length);
    }
    return parse(lines[0].strip(), lines[1].strip());
  }

  /**
   * Parses and checks the two lines.
   *
   * @param line1 the first line, 44 characters of A-Z, 0-9 and {@code <}
   * @param line2 the second line, 44 characters of A-Z, 0-9 and {@code <}
   * @return the zone's fields, every check digit verified
   * @throws ValidationException naming every broken field ({@code mrz.line1}, {@code mrz.line2},
   *     {@code mrz.document_code}, {@code mrz.document_number}, {@code mrz.birth_date}, {@code
   *     mrz.sex}, {@code mrz.expiry_date}, {@code mrz.personal_number}, {@code mrz.composite}); the
   *     messages never quote the zone's contents, only positions and check digits
   */
  public static PassportMrz parse(String line1, String line2) {
    List<FieldViolation> violations = new ArrayList<>();
    checkLine("mrz.line1", line1, violations);
    checkLine("mrz.line2", line2, violations);
    if (!violations.isEmpty()) {
      throw ValidationException.clientSide(violations);
    }
    if (line1.charAt(0) != 'P') {
      violations.add(new FieldViolation("mrz.document_code", "must start with P (a passport)"));
    }
    check("mrz.document_number", line2, 0, 9, violations);
    LocalDate expiry = date("mrz.expiry_date", line2.substring(21, 27), 0, violations);
    LocalDate birth = date("mrz.birth_date", line2.substring(13, 19), expiry == null ? 0 : expiry.getYear(), violations);
    check("mrz.birth_date", line2, 13, 6, violations);
    check("mrz.expiry_date", line2, 21, 6, violations);
    char personalCheck = line2.charAt(42);
    // An empty personal number may carry '<' as its check digit (ICAO 9303 part 4, 4.2.2.2).
    if (!(personalCheck == '<' && line2.substring(28, 42).chars().allMatch(c -> c == '<'))) {
      check("mrz.personal_number", line2, 28, 14, violations);
    }
    String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
    expectDigit("mrz.composite", checkDigit(composite), line2.charAt(43), violations);
    Sex sex = switch (line2.charAt(20)) {
      case 'M' -> Sex.MALE;
      case 'F' -> Sex.FEMALE;
      case '<', 'X' -> null;
      default -> {
        violations.add(new FieldViolation("mrz.sex", "must be M, F, X or <, at line 2 position 21"));
        yield null;
      }
    };
    if (!violations.isEmpty()) {
      throw ValidationException.clientSide(violations);
    }
    String names = line1.substring(5);
    int separator = names.indexOf("<<");
    String surname = separator < 0 ? names : names.substring(0, separator);
    String given = separator < 0 ? "" : names.substring(separator + 2);
    // Both dates are set here: an unreadable one was reported as a violation above.
    return new PassportMrz(unfill(line1.substring(0, 2)), unfill(line1.substring(2, 5)), words(surname),
        words(given), unfill(line2.substring(0, 9)), unfill(line2.substring(10, 13)),
        Objects.requireNonNull(birth), sex, Objects.requireNonNull(expiry),
        unfill(line2.substring(28, 42)));
  }

  /**
   * The ICAO 9303 check digit of {@code field}: each character's value (0-9 as themselves, A-Z as 10
   * to 35, {@code <} as 0) times 7, 3, 1 repeating, summed, modulo 10.
   *
   * @param field the characters the check digit covers: A-Z, 0-9 and {@code <}
   * @return the ICAO 9303 check digit, 0 to 9
   * @throws IllegalArgumentException when {@code field} holds another character
   */
  public static int checkDigit(CharSequence field) {
    int sum = 0;
    for (int i = 0; i < field.length(); i++) {
      sum += value(field.charAt(i)) * WEIGHTS[i % 3];
    }
    return sum % 10;
  }

  private static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException("an MRZ holds only A-Z, 0-9 and <");
  }

  private static void checkLine(String field, String line, List<FieldViolation> violations) {
    if (line == null) {
      violations.add(new FieldViolation(field, "must not be null"));
      return;
    }
    if (line.length() != LINE_LENGTH) {
      violations.add(new FieldViolation(field, "must be " + LINE_LENGTH + " characters, got " + line.length()));
      return;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '<')) {
        violations.add(new FieldViolation(field, "must hold only A-Z, 0-9 and <, not at position " + (i + 1)));
        return;
      }
    }
  }

  private static void check(String field, String line, int start, int length, List<FieldViolation> violations) {
    expectDigit(field, checkDigit(line.substring(start, start + length)), line.charAt(start + length), violations);
  }

  private static void expectDigit(String field, int computed, char given, List<FieldViolation> violations) {
    if (given != (char) ('0' + computed)) {
      violations.add(new FieldViolation(field, "check digit is " + given + ", computed " + computed));
    }
  }

  private static @Nullable LocalDate date(String field, String yymmdd, int notAfterYear, List<FieldViolation> violations) {
    if (!yymmdd.chars().allMatch(Character::isDigit)) {
      violations.add(new FieldViolation(field, "must be six digits YYMMDD"));
      return null;
    }
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int year = 2000 + yy;
    if (notAfterYear > 0 && year > notAfterYear) {
      year -= 100;
    }
    try {
      return LocalDate.of(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
    } catch (DateTimeException e) {
      violations.add(new FieldViolation(field, "is not a calendar date"));
      return null;
    }
  }

  private static String unfill(String text) {
    return text.replace("<", "");
  }

  private static String words(String text) {
    return text.replace('<', ' ').strip();
  }

  /**
   * The document code, the issuing state and the document number masked as {@link DocumentNumber}
   * masks it, so a scan can be matched to a document in a log; the rest is personal data.
   */
  @Override
  public String toString() {
    return "PassportMrz[documentCode=" + documentCode + ", issuingState=" + issuingState
        + ", documentNumber=" + DocumentNumber.mask(documentNumber) + ", ***]";
  }
}
