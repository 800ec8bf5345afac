package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written character checks that replaced regular expressions and streams accept, normalise and
 * reject exactly as the former regex and stream versions did (kept here as oracles), on a large random
 * sample drawn from the characters that matter to each rule.
 */
class HandWrittenChecksTest {

  private static final int SAMPLES = 100_000;

  // ---- the former implementations ----

  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final Pattern PLATE_SEPARATORS = Pattern.compile("[\\s·•.]");
  private static final Pattern AUTHORITY = Pattern.compile("[A-HJ-NP-Z]");
  private static final Pattern ORDINARY_SERIAL = Pattern.compile("[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]");
  private static final Pattern NEW_ENERGY_SERIAL = Pattern.compile("[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]");

  private static String oldPlate(String raw) {
    String value = PLATE_SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
    Rules.require(
        value.length() == 7 || value.length() == 8, "plate number", "must be 7 characters, or 8 for a new-energy vehicle");
    Rules.require(
        PROVINCES.indexOf(value.charAt(0)) >= 0,
        "plate number",
        "must start with a province abbreviation (embassy and other special plates are not supported)");
    Rules.require(
        AUTHORITY.matcher(value.substring(1, 2)).matches(),
        "plate number",
        "issuing-authority letter must be A-Z other than I and O");
    String serial = value.substring(2);
    Rules.require(
        (serial.length() == 5 ? ORDINARY_SERIAL : NEW_ENERGY_SERIAL).matcher(serial).matches(),
        "plate number",
        serial.length() == 5
            ? "serial must be 5 digits or letters other than I and O, the last possibly 挂/学/警/港/澳"
            : "new-energy serial must be D or F, a letter or digit and 4 digits, or 5 digits and D or F (GA 36-2018)");
    return value;
  }

  private static String oldText(String value, String type, int maxLength) {
    String trimmed = Rules.requirePresent(value, type).strip();
    int length = trimmed.codePointCount(0, trimmed.length());
    Rules.require(length > 0, type, "must not be blank");
    Rules.require(length <= maxLength, type, "must be at most " + maxLength + " characters");
    Rules.require(trimmed.codePoints().noneMatch(Character::isISOControl), type, "must not contain control characters");
    return trimmed;
  }

  private static String oldCityCode(String value) {
    Rules.require(
        value.length() == 6 && value.chars().allMatch(c -> c >= '0' && c <= '9'), "city code", "must be six digits (GB/T 2260)");
    Rules.require(Rules.isAreaCode(value, 0), "city code", "first two digits must be a province code (GB/T 2260)");
    return value;
  }

  private static PlateType oldPlateType(String code) {
    return java.util.Arrays.stream(PlateType.values())
        .filter(type -> type != PlateType.UNKNOWN && type.code().equals(code))
        .findFirst()
        .orElse(PlateType.UNKNOWN);
  }

  // ---- the comparisons ----

  @Test
  void plateNumbersMatchTheFormerRegexes() {
    String alphabet = PROVINCES.substring(0, 6) + "使ABDFHIJNOPZadfio0123456789挂学警港澳 \t\n\u000B\f\r·•.\u3000\u00A0\u2028-_ßǆ\uD83D\uDE97";
    Random random = new Random(20260101);
    for (int i = 0; i < SAMPLES; i++) {
      String raw = randomString(random, alphabet, 5 + random.nextInt(6));
      if (random.nextInt(3) == 0) {
        // Bias towards well-formed plates so that the later rules are reached often.
        raw = PROVINCES.charAt(random.nextInt(PROVINCES.length())) + raw.substring(1);
      }
      assertSameOutcome(raw, PlateNumber::value, HandWrittenChecksTest::oldPlate, PlateNumber::of);
    }
    for (String plate : new String[] {"沪A12345", "粤BD12345", "京AF123A", "浙A12345D", "粤BDA1234", "苏E1234学", "沪A 12 345", "沪a.b-1234"}) {
      assertSameOutcome(plate, PlateNumber::value, HandWrittenChecksTest::oldPlate, PlateNumber::of);
    }
  }

  @Test
  void textAndPostcodesMatchTheFormerStreamAndRegex() {
    String alphabet = "上海a1 \t\n\u0000\u001F\u007F\u0080\u009F\u00A0\u2028\u3000\uD83D\uDE97\uD83D";
    Random random = new Random(7);
    for (int i = 0; i < SAMPLES; i++) {
      String text = randomString(random, alphabet, random.nextInt(70));
      assertSameOutcome(
          text, Function.identity(), t -> oldText(t, "address street", 64), t -> Rules.requireText(t, "address street", 64));
    }
    String digits = "0123456789０١a ";
    for (int i = 0; i < SAMPLES; i++) {
      String postcode = randomString(random, digits, random.nextInt(9));
      boolean old = postcode.matches("\\d{6}");
      boolean accepted;
      try {
        Address.of("上海市", "上海市", "徐汇区", "路", postcode);
        accepted = true;
      } catch (IllegalArgumentException e) {
        assertThat(e).hasMessage("Invalid address: postcode must be six digits");
        accepted = false;
      }
      assertThat(accepted).as("postcode %s", postcode).isEqualTo(old);
    }
  }

  @Test
  void cityCodesAndPlateTypesMatchTheFormerStreams() {
    String digits = "0123456789123456789０a";
    Random random = new Random(11);
    for (int i = 0; i < SAMPLES; i++) {
      String code = randomString(random, digits, 4 + random.nextInt(4));
      assertSameOutcome(code, CityCode::value, HandWrittenChecksTest::oldCityCode, CityCode::of);
      String plateType = randomString(random, "0123456", random.nextInt(4));
      assertThat(PlateType.fromCode(plateType)).isEqualTo(oldPlateType(plateType));
    }
    assertThat(PlateType.fromCode(null)).isEqualTo(oldPlateType(null));
    for (PlateType type : PlateType.values()) {
      assertThat(PlateType.fromCode(type.code())).isEqualTo(oldPlateType(type.code()));
    }
  }

  private static <T> void assertSameOutcome(
      String input, Function<T, String> valueOf, Function<String, String> oracle, Function<String, T> subject) {
    String expected;
    try {
      expected = "ok " + oracle.apply(input);
    } catch (IllegalArgumentException e) {
      expected = "error " + e.getMessage();
    }
    String actual;
    try {
      actual = "ok " + valueOf.apply(subject.apply(input));
    } catch (IllegalArgumentException e) {
      actual = "error " + e.getMessage();
    }
    assertThat(actual).as("input %s", input.codePoints().mapToObj(Integer::toHexString).toList()).isEqualTo(expected);
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
