package io.cityservices.core.model;

/**
 * The one way the model types reject input: an {@link IllegalArgumentException} whose message names
 * the type and the broken rule, and never the rejected value (it may be personal data).
 */
final class Rules {

  private Rules() {}

  /**
   * Throws unless {@code ok}.
   *
   * @throws IllegalArgumentException "Invalid {type}: {rule}" when {@code ok} is false
   */
  static void require(boolean ok, String type, String rule) {
    if (!ok) {
      throw invalid(type, rule);
    }
  }

  /** The exception for a broken rule: "Invalid {type}: {rule}". */
  static IllegalArgumentException invalid(String type, String rule) {
    return new IllegalArgumentException("Invalid " + type + ": " + rule);
  }

  /**
   * Checks that {@code value} is not null and returns it.
   *
   * @throws IllegalArgumentException when {@code value} is null
   */
  static <T> T requirePresent(T value, String type) {
    require(value != null, type, "must not be null");
    return value;
  }

  /**
   * Trims {@code value} and checks it is 1 to {@code maxLength} characters with no control characters.
   *
   * @return the trimmed value
   * @throws IllegalArgumentException when a rule is broken
   */
  static String requireText(String value, String type, int maxLength) {
    String trimmed = requirePresent(value, type).strip();
    int length = trimmed.codePointCount(0, trimmed.length());
    require(length > 0, type, "must not be blank");
    if (length > maxLength) {
      // Built only on failure: concatenating it for every accepted value is a hot-path allocation.
      throw invalid(type, "must be at most " + maxLength + " characters");
    }
    require(!hasControlChar(trimmed), type, "must not contain control characters");
    return trimmed;
  }

  /**
   * Tells whether {@code s} contains an ISO control character (U+0000-U+001F, U+007F-U+009F). All of
   * them are in the BMP and none is a surrogate, so a char loop equals a code-point test.
   */
  static boolean hasControlChar(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the characters of {@code s} from {@code start} (inclusive) to {@code end} (exclusive)
   * are ASCII digits, as the regex {@code \d} without flags.
   */
  static boolean isAsciiDigits(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the six characters of {@code s} from {@code start} are a GB/T 2260 administrative
   * division code: six digits whose first two are a province-level code.
   */
  static boolean isAreaCode(CharSequence s, int start) {
    if (s.length() < start + 6) {
      return false;
    }
    for (int i = start; i < start + 6; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    int province = (s.charAt(start) - '0') * 10 + (s.charAt(start + 1) - '0');
    return (province >= 11 && province <= 15)
        || (province >= 21 && province <= 23)
        || (province >= 31 && province <= 37)
        || (province >= 41 && province <= 46)
        || (province >= 50 && province <= 54)
        || (province >= 61 && province <= 65)
        || province == 71
        || province == 81
        || province == 82;
  }
}
