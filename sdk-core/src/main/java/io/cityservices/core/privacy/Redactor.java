package io.cityservices.core.privacy;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's masking rules for personal data and secrets, and a scanner that applies them to free text.
 *
 * <p>Every {@code toString()} of a personal-data type and every log line or error excerpt the SDK
 * writes goes through this class, so a rule is changed here and nowhere else. The class is stateless
 * (its patterns are immutable), so its static methods are safe from any thread. Every method returns
 * {@code null} for a {@code null} input and never throws on odd input.
 */
public final class Redactor {

  private static final String STARS = "***";

  /** Secrets shorter than this are hidden entirely: showing 4 chars of a short key gives too much away. */
  private static final int SECRET_PREFIX_MIN_LENGTH = 16;

  private static final int SECRET_PREFIX_LENGTH = 4;

  /** Sensitive field names (lower case, without '_' and '-', so snake, kebab and camel case all match). */
  private static final Map<String, UnaryOperator<String>> FIELD_MASKS =
      Map.ofEntries(
          Map.entry("accesstoken", Redactor::maskSecret),
          Map.entry("refreshtoken", Redactor::maskSecret),
          Map.entry("idtoken", Redactor::maskSecret),
          Map.entry("clientsecret", Redactor::maskSecret),
          Map.entry("clientassertion", Redactor::maskSecret),
          Map.entry("password", Redactor::maskSecret),
          Map.entry("codeverifier", Redactor::maskSecret),
          // One-time codes a citizen or a device proves itself with (OAuth 2.0, SMS, device flow).
          Map.entry("authorizationcode", Redactor::maskSecret),
          Map.entry("authcode", Redactor::maskSecret),
          Map.entry("devicecode", Redactor::maskSecret),
          Map.entry("usercode", Redactor::maskSecret),
          Map.entry("smscode", Redactor::maskSecret),
          Map.entry("verificationcode", Redactor::maskSecret),
          Map.entry("otp", Redactor::maskSecret),
          Map.entry("assertion", Redactor::maskSecret),
          Map.entry("sessionkey", Redactor::maskSecret),
          Map.entry("signingkey", Redactor::maskSecret),
          Map.entry("k", Redactor::maskSecret),
          // Problem details are free text that may name a person in a way no pattern recognises.
          Map.entry("detail", v -> "***(" + v.length() + " chars)"),
          Map.entry("address", Redactor::maskAddressLine),
          Map.entry("street", Redactor::maskAddressLine),
          Map.entry("key", Redactor::maskSecret),
          Map.entry("apikey", Redactor::maskSecret),
          Map.entry("privatekey", Redactor::maskSecret),
          Map.entry("secret", Redactor::maskSecret),
          Map.entry("signature", Redactor::maskSecret),
          Map.entry("authorization", Redactor::maskSecret),
          Map.entry("vin", Redactor::maskSecret),
          Map.entry("engineno", Redactor::maskSecret),
          Map.entry("enginenosuffix", Redactor::maskSecret),
          // Visit cards, insurance cards and utility account numbers identify a person too.
          Map.entry("number", Redactor::maskSecret),
          Map.entry("cardnumber", Redactor::maskSecret),
          Map.entry("accountnumber", Redactor::maskAccountNumber),
          Map.entry("licencenumber", Redactor::maskSecret),
          Map.entry("licensenumber", Redactor::maskSecret),
          Map.entry("name", Redactor::maskName),
          Map.entry("holdername", Redactor::maskName),
          Map.entry("realname", Redactor::maskName),
          Map.entry("ownername", Redactor::maskName),
          Map.entry("idnumber", Redactor::maskIdNumber),
          Map.entry("idcard", Redactor::maskIdNumber),
          Map.entry("phone", Redactor::maskPhone),
          Map.entry("mobile", Redactor::maskPhone),
          Map.entry("phonenumber", Redactor::maskPhone),
          Map.entry("plate", Redactor::maskPlate),
          Map.entry("platenumber", Redactor::maskPlate),
          // What a reader borrows or reserves is personal; catalogue titles are public and stay readable.
          Map.entry("itemtitle", Redactor::maskAddressLine),
          // Money amounts: wages, contribution bases, balances and pensions are personal data.
          Map.entry("amount", v -> STARS));

  /**
   * Form fields that carry a credential under a name that means something harmless in JSON: the OAuth
   * 2.0 authorisation {@code code} (RFC 6749 §4.1.3) is a one-time credential in the token exchange
   * form and in a redirect query, while a JSON {@code code} is the platform's error code.
   */
  private static final Map<String, UnaryOperator<String>> FORM_ONLY_MASKS =
      Map.of("code", Redactor::maskSecret);

  /** Field-name endings that always denote a secret, e.g. {@code app_secret}, {@code user_token}. */
  private static final String[] SECRET_SUFFIXES = {"token", "secret", "password"};

  private static final Pattern JSON_FIELD =
      Pattern.compile(
          "\"([A-Za-z0-9_.\\-]{1,64})\"(\\s*:\\s*)"
              // The string is matched unrolled (runs of plain characters, then one escape) so that the
              // regex engine's recursion grows with the escapes, not with every character.
              + "(?:\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"|(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?))");

  private static final Pattern FORM_FIELD =
      Pattern.compile("(?<![A-Za-z0-9_.\\-])([A-Za-z][A-Za-z0-9_.\\-]{0,63})=([^&\\s\"'<>,;]*)");

  private static final Pattern BEARER =
      Pattern.compile("\\b(Bearer|Basic|DPoP)(\\s+)([A-Za-z0-9\\-._~+/]+=*)", Pattern.CASE_INSENSITIVE);

  /** Header-style credentials whose value is not a scheme-prefixed token (handled by {@link #BEARER}). */
  private static final Pattern CREDENTIAL_HEADER =
      Pattern.compile(
          "\\b(authorization|proxy-authorization|cookie|set-cookie|x-api-key|signature)(\\s*+:\\s*+)"
              + "(?!(?:bearer|basic|dpop)\\s)([^\\r\\n\"]+)",
          Pattern.CASE_INSENSITIVE);

  /**
   * An 18-character resident identity number, also as people write it: region, birth date and
   * sequence apart ({@code 310101 19830622 5060}), the date and sequence together
   * ({@code 310101 198306225060}), or in groups of four after the region ({@code 310101 1983 0622 5060}),
   * with spaces or hyphens.
   */
  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z])\\d{6}[ -]?(?:\\d{8}[ -]?\\d{3}|\\d{4}[ -]\\d{4}[ -]\\d{3})[0-9Xx](?![0-9A-Za-z])");

  /**
   * A name after a label in text or an HTML page (a gateway's error page, a form echo): {@code 姓名：张三},
   * {@code <th>姓名</th><td>张三</td>}, {@code Name: John Smith}. A Latin name must be capitalised, so
   * that {@code name: must not be blank} stays readable.
   */
  private static final String TAG = "</?[A-Za-z][^<>]{0,200}>";

  private static final Pattern LABELLED_NAME =
      Pattern.compile(
          "((?:姓名|名字|户主|车主|持卡人|当事人|驾驶人|驾驶员|患者|就诊人|联系人|申请人|借阅人|(?i:\\b(?:full[ _-]?)?name\\b))"
              // Bounded repetitions: an unbounded group loop recurses once per tag and a page of tags
              // would overflow the stack (found by RedactorFuzzTest).
              + "(?:(?:\\s*" + TAG + "){1,8}\\s*[:：]?\\s*|\\s*[:：]\\s*(?:" + TAG + "\\s*){0,8}))"
              + "(\\p{IsHan}[\\p{IsHan}·•]{0,9}|[A-Z][a-z'\\-]+(?:[ .][A-Z][a-z'\\-]+){0,3})");

  private static final Pattern PHONE =
      Pattern.compile("(?<!\\d)((?:\\+|00)?86[\\s-]?)?(1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})(?!\\d)");

  private static final Pattern PLATE =
      Pattern.compile(
          "([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z])[\\s·•.]?"
              + "([A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳])",
          Pattern.CASE_INSENSITIVE);

  private Redactor() {}

  /**
   * Masks an account or card number (a utility 户号, an insurance card), keeping the last 4
   * characters: {@code 3100123456} becomes {@code ******3456}; 4 characters or fewer become
   * {@code ***}.
   *
   * @param accountNumber the number as written, or null
   * @return the masked number, or null for null
   */
  public static String maskAccountNumber(String accountNumber) {
    return keepEnds(accountNumber, 0, 4);
  }

  /**
   * Masks a resident identity number, keeping the first 3 and last 4 characters:
   * {@code 11010519491231002X} becomes {@code 110***********002X}. Values too short to keep both ends
   * become {@code ***}.
   *
   * @param idNumber the 18-character number as written, or null
   * @return the masked number, or null for null
   */
  public static String maskIdNumber(String idNumber) {
    return keepEnds(idNumber, 3, 4);
  }

  /**
   * Masks a mobile number, keeping the first 3 and last 4 digits: {@code 138****5678}.
   *
   * @param phone the mobile number without country code or separators, or null
   * @return the masked number, or null for null
   */
  public static String maskPhone(String phone) {
    return keepEnds(phone, 3, 4);
  }

  /**
   * Masks a licence plate, keeping the first 2 and last 2 characters: {@code 沪A12345} becomes
   * {@code 沪A***45}. Pass the plate without separators (e.g. {@code 粤BD12345}, not {@code 粤B·D12345}).
   *
   * @param plate the plate without separators, or null
   * @return the masked plate, or null for null
   */
  public static String maskPlate(String plate) {
    return keepEnds(plate, 2, 2);
  }

  /**
   * Masks a person's name: the first character of each word is kept and every other character becomes
   * {@code *}, with at least one {@code *}. So {@code 张三} becomes {@code 张*}, {@code 张} becomes
   * {@code 张*} and {@code John Smith} becomes {@code J*** S****}. Words are separated by whitespace,
   * {@code ·}, {@code •}, {@code -}, {@code .} or {@code '}.
   *
   * @param name a Chinese or Latin name, or null
   * @return the masked name, or null for null
   */
  // Tolerates null (returning null) for callers outside null-checked code; declared non-null.
  @SuppressWarnings("NullAway")
  public static String maskName(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder masked = new StringBuilder(name.length() + 1);
    boolean atWordStart = true;
    boolean starred = false;
    for (int cp : name.codePoints().toArray()) {
      if (isWordSeparator(cp)) {
        masked.appendCodePoint(cp);
        atWordStart = true;
      } else if (atWordStart) {
        masked.appendCodePoint(cp);
        atWordStart = false;
      } else {
        masked.append('*');
        starred = true;
      }
    }
    if (!starred) {
      masked.append('*');
    }
    return masked.toString();
  }

  /**
   * Masks a secret (token, key, signature, password): secrets of 16 characters or more show their
   * first 4 characters and their length, e.g. {@code eyJh…(342 chars)}; shorter ones become
   * {@code ***}.
   *
   * @param secret the secret, or null
   * @return the masked secret, or null for null
   */
  // Tolerates null (returning null) for callers outside null-checked code; declared non-null.
  @SuppressWarnings("NullAway")
  public static String maskSecret(String secret) {
    if (secret == null) {
      return null;
    }
    int length = secret.codePointCount(0, secret.length());
    if (length < SECRET_PREFIX_MIN_LENGTH) {
      return STARS;
    }
    return prefix(secret, SECRET_PREFIX_LENGTH) + "…(" + length + " chars)";
  }

  /**
   * Masks a street address line entirely ({@code ***}): the province, city and district around it are
   * enough to tell addresses apart in a log.
   *
   * @param line the street line, or null
   * @return {@code ***}, or null for null
   */
  // Tolerates null (returning null) for callers outside null-checked code; declared non-null.
  @SuppressWarnings("NullAway")
  public static String maskAddressLine(String line) {
    return line == null ? null : STARS;
  }

  /**
   * Masks every piece of personal data and every secret found in free text (a log line, a JSON or form
   * body, an HTML error page): values of sensitive JSON and form fields (tokens, secrets, passwords,
   * keys, signatures, names, identity numbers, phones, plates, VINs, engine numbers, money amounts; field names
   * matched case-insensitively in snake, kebab or camel case), {@code Bearer}/{@code Basic} credentials,
   * {@code Authorization}-style header values, the OAuth {@code code} form field, names after a label
   * such as {@code 姓名：} or {@code Name:} (also across HTML tags), and any identity number (also
   * written in groups with spaces or hyphens), mobile number or plate number standing alone. It errs on the side of masking: an 18-digit order number is masked like an identity
   * number.
   *
   * @param text any text, or null
   * @return the text with personal data and secrets masked, or null for null
   */
  // Tolerates null (returning null) for callers outside null-checked code; declared non-null.
  @SuppressWarnings("NullAway")
  public static String redactText(String text) {
    if (text == null) {
      return null;
    }
    String redacted = replace(JSON_FIELD, text, Redactor::maskJsonField);
    redacted = replace(FORM_FIELD, redacted, Redactor::maskFormField);
    redacted = replace(BEARER, redacted, m -> m.group(1) + m.group(2) + maskSecret(m.group(3)));
    redacted = replace(CREDENTIAL_HEADER, redacted, Redactor::maskHeader);
    redacted = replace(ID_NUMBER, redacted, m -> maskIdNumber(m.group()));
    redacted = replace(LABELLED_NAME, redacted, m -> m.group(1) + maskName(m.group(2)));
    redacted =
        replace(
            PHONE,
            redacted,
            m -> nullToEmpty(m.group(1)) + maskPhone(m.group(2) + m.group(3) + m.group(4)));
    return replace(PLATE, redacted, m -> maskPlate(m.group(1) + m.group(2)));
  }

  /**
   * Redacts {@code body} with {@link #redactText(String)} and cuts it to at most {@code maxChars}
   * characters, marking a cut with a trailing {@code …}. Used for response bodies quoted in error
   * messages. Returns an empty string for a {@code null} body.
   *
   * @param body a response body, or null
   * @param maxChars the longest excerpt in code points, not counting the trailing {@code …}
   * @return the redacted, possibly cut excerpt; empty for a null body
   * @throws IllegalArgumentException if {@code maxChars} is negative
   */
  public static String excerpt(@Nullable String body, int maxChars) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars must not be negative");
    }
    if (body == null) {
      return "";
    }
    String redacted = redactText(body);
    if (redacted.codePointCount(0, redacted.length()) <= maxChars) {
      return redacted;
    }
    return prefix(redacted, maxChars) + "…";
  }

  // Tolerates null (returning null) for callers outside null-checked code; declared non-null.
  @SuppressWarnings("NullAway")
  private static String keepEnds(String value, int head, int tail) {
    if (value == null) {
      return null;
    }
    int[] cps = value.codePoints().toArray();
    if (cps.length <= head + tail) {
      return STARS;
    }
    return new String(cps, 0, head)
        + "*".repeat(cps.length - head - tail)
        + new String(cps, cps.length - tail, tail);
  }

  private static String prefix(String value, int codePoints) {
    return value.substring(0, value.offsetByCodePoints(0, codePoints));
  }

  private static boolean isWordSeparator(int cp) {
    return Character.isWhitespace(cp) || "·•-.'".indexOf(cp) >= 0;
  }

  private static @Nullable UnaryOperator<String> fieldMask(String fieldName) {
    String key = fieldName.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    UnaryOperator<String> mask = FIELD_MASKS.get(key);
    if (mask != null) {
      return mask;
    }
    for (String suffix : SECRET_SUFFIXES) {
      if (key.endsWith(suffix)) {
        return Redactor::maskSecret;
      }
    }
    // payer_name, holder_name, service_address, file_number, decision_number, card_number, ...
    if (key.endsWith("name")) {
      return Redactor::maskName;
    }
    if (key.endsWith("address")) {
      return Redactor::maskAddressLine;
    }
    if (key.endsWith("number")) {
      return Redactor::maskSecret;
    }
    return null;
  }

  private static String maskJsonField(MatchResult m) {
    UnaryOperator<String> mask = fieldMask(m.group(1));
    if (mask == null) {
      return m.group();
    }
    String head = "\"" + m.group(1) + "\"" + m.group(2);
    return m.group(3) != null ? head + "\"" + mask.apply(m.group(3)) + "\"" : head + mask.apply(m.group(4));
  }

  private static String maskFormField(MatchResult m) {
    UnaryOperator<String> mask = FORM_ONLY_MASKS.get(m.group(1).toLowerCase(Locale.ROOT));
    if (mask == null) {
      mask = fieldMask(m.group(1));
    }
    return mask == null || m.group(2).isEmpty() ? m.group() : m.group(1) + "=" + mask.apply(m.group(2));
  }

  private static String maskHeader(MatchResult m) {
    return m.group(1) + m.group(2) + maskSecret(m.group(3).strip());
  }

  private static String replace(
      Pattern pattern, String text, Function<MatchResult, String> masker) {
    Matcher matcher = pattern.matcher(text);
    // The masker's output is literal text, not a replacement template: '$' and '\' must not be interpreted.
    return matcher.replaceAll(m -> Matcher.quoteReplacement(masker.apply(m)));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
