package io.cityservices.core.internal.signing;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of RFC 8941 Structured Field Values that HTTP Message Signatures need: dictionaries whose
 * members are items or inner lists, with parameters; bare items that are integers, strings, tokens,
 * byte sequences and booleans (decimals are not used by RFC 9421 and are rejected).
 *
 * <p>Parse errors are reported as {@link IllegalArgumentException}. Stateless and thread-safe.
 */
final class StructuredFields {

  /** An RFC 8941 token, kept apart from strings because the two serialise differently. */
  record Token(String value) {}

  /** An RFC 8941 byte sequence. */
  // The bytes are copied in and out; byte sequences are only serialised, never compared.
  @SuppressWarnings("ArrayRecordComponent")
  record ByteSequence(byte[] bytes) {
    ByteSequence {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  /** An item: a bare value with its parameters. */
  record Item(Object value, Map<String, Object> parameters) {
    Item {
      parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
  }

  /** An inner list: items with the list's own parameters. */
  record InnerList(List<Item> items, Map<String, Object> parameters) {
    InnerList {
      items = List.copyOf(items);
      parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
  }

  private StructuredFields() {}

  /**
   * Parses a dictionary field value.
   *
   * @return members in order, each an {@link Item} or an {@link InnerList}
   * @throws IllegalArgumentException if the value is not a well-formed dictionary
   */
  static Map<String, Object> parseDictionary(String input) {
    Parser p = new Parser(input);
    Map<String, Object> result = new LinkedHashMap<>();
    p.skipSpaces();
    while (!p.atEnd()) {
      String key = p.parseKey();
      Object member;
      if (p.peek() == '=') {
        p.pos++;
        member = p.parseItemOrInnerList();
      } else {
        member = new Item(true, p.parseParameters());
      }
      // RFC 8941 §4.2.2: a repeated key overwrites the earlier one.
      result.put(key, member);
      p.skipOws();
      if (p.atEnd()) {
        return result;
      }
      p.expect(',');
      p.skipOws();
      if (p.atEnd()) {
        throw new IllegalArgumentException("trailing comma in dictionary");
      }
    }
    return result;
  }

  /**
   * Parses a single item, such as a serialised component identifier {@code "@query-param";name="a"}.
   *
   * @throws IllegalArgumentException if the value is not a well-formed item
   */
  static Item parseItem(String input) {
    Parser p = new Parser(input);
    p.skipSpaces();
    Item item = p.parseItem();
    p.skipSpaces();
    if (!p.atEnd()) {
      throw new IllegalArgumentException("unexpected characters after item");
    }
    return item;
  }

  /** Serialises an inner list with its parameters. */
  static String serializeInnerList(InnerList list) {
    StringBuilder sb = new StringBuilder(64).append('(');
    for (int i = 0; i < list.items().size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      appendItem(sb, list.items().get(i));
    }
    sb.append(')');
    appendParameters(sb, list.parameters());
    return sb.toString();
  }

  /** Serialises an item with its parameters. */
  static String serializeItem(Item item) {
    StringBuilder sb = new StringBuilder(32);
    appendItem(sb, item);
    return sb.toString();
  }

  /** Serialises a byte sequence ({@code :base64:}). */
  static String serializeBytes(byte[] bytes) {
    return ':' + Base64.getEncoder().encodeToString(bytes) + ':';
  }

  private static void appendItem(StringBuilder sb, Item item) {
    appendBare(sb, item.value());
    appendParameters(sb, item.parameters());
  }

  private static void appendParameters(StringBuilder sb, Map<String, Object> parameters) {
    for (Map.Entry<String, Object> e : parameters.entrySet()) {
      sb.append(';').append(checkKey(e.getKey()));
      if (!Boolean.TRUE.equals(e.getValue())) {
        sb.append('=');
        appendBare(sb, e.getValue());
      }
    }
  }

  private static void appendBare(StringBuilder sb, Object value) {
    if (value instanceof String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x20 || c > 0x7e) {
          throw new IllegalArgumentException("string contains a character outside printable ASCII");
        }
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
      sb.append('"');
    } else if (value instanceof Long || value instanceof Integer) {
      long n = ((Number) value).longValue();
      if (Math.abs(n) > 999_999_999_999_999L) {
        throw new IllegalArgumentException("integer out of range");
      }
      sb.append(n);
    } else if (value instanceof Boolean b) {
      sb.append(b ? "?1" : "?0");
    } else if (value instanceof Token t) {
      sb.append(t.value());
    } else if (value instanceof ByteSequence bs) {
      sb.append(serializeBytes(bs.bytes()));
    } else {
      throw new IllegalArgumentException("unsupported structured field value type");
    }
  }

  /**
   * Checks that a string is a valid dictionary or parameter key.
   *
   * @throws IllegalArgumentException if it is not
   */
  static String checkKey(String key) {
    if (key.isEmpty() || !(isLcAlpha(key.charAt(0)) || key.charAt(0) == '*')) {
      throw new IllegalArgumentException("invalid key: " + key);
    }
    for (int i = 1; i < key.length(); i++) {
      if (!isKeyChar(key.charAt(i))) {
        throw new IllegalArgumentException("invalid key: " + key);
      }
    }
    return key;
  }

  private static boolean isLcAlpha(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAlpha(char c) {
    return isLcAlpha(c) || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isKeyChar(char c) {
    return isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
  }

  private static boolean isTokenChar(char c) {
    return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~:/".indexOf(c) >= 0;
  }

  /** A cursor over one field value; not shared between threads. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    char peek() {
      return atEnd() ? '\0' : s.charAt(pos);
    }

    void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("expected '" + c + "' at position " + pos);
      }
      pos++;
    }

    void skipSpaces() {
      while (peek() == ' ') {
        pos++;
      }
    }

    void skipOws() {
      while (peek() == ' ' || peek() == '\t') {
        pos++;
      }
    }

    String parseKey() {
      int start = pos;
      if (!(isLcAlpha(peek()) || peek() == '*')) {
        throw new IllegalArgumentException("expected a key at position " + pos);
      }
      while (!atEnd() && isKeyChar(peek())) {
        pos++;
      }
      return s.substring(start, pos);
    }

    Object parseItemOrInnerList() {
      return peek() == '(' ? parseInnerList() : parseItem();
    }

    InnerList parseInnerList() {
      expect('(');
      List<Item> items = new ArrayList<>();
      while (!atEnd()) {
        skipSpaces();
        if (peek() == ')') {
          pos++;
          return new InnerList(items, parseParameters());
        }
        items.add(parseItem());
        if (peek() != ' ' && peek() != ')') {
          throw new IllegalArgumentException("malformed inner list at position " + pos);
        }
      }
      throw new IllegalArgumentException("unterminated inner list");
    }

    Item parseItem() {
      Object bare = parseBareItem();
      return new Item(bare, parseParameters());
    }

    Map<String, Object> parseParameters() {
      Map<String, Object> params = new LinkedHashMap<>();
      while (peek() == ';') {
        pos++;
        skipSpaces();
        String key = parseKey();
        Object value = true;
        if (peek() == '=') {
          pos++;
          value = parseBareItem();
        }
        params.put(key, value);
      }
      return params;
    }

    Object parseBareItem() {
      char c = peek();
      if (c == '-' || isDigit(c)) {
        return parseInteger();
      }
      if (c == '"') {
        return parseString();
      }
      if (c == ':') {
        return parseByteSequence();
      }
      if (c == '?') {
        return parseBoolean();
      }
      if (isAlpha(c) || c == '*') {
        return parseToken();
      }
      throw new IllegalArgumentException("unexpected character at position " + pos);
    }

    Long parseInteger() {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      int digitsStart = pos;
      while (!atEnd() && isDigit(peek())) {
        pos++;
      }
      int digits = pos - digitsStart;
      if (digits == 0 || digits > 15) {
        throw new IllegalArgumentException("malformed integer at position " + start);
      }
      if (peek() == '.') {
        throw new IllegalArgumentException("decimals are not supported");
      }
      return Long.parseLong(s.substring(start, pos));
    }

    String parseString() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (!atEnd()) {
        char c = s.charAt(pos++);
        if (c == '\\') {
          char next = peek();
          if (next != '"' && next != '\\') {
            throw new IllegalArgumentException("invalid escape in string");
          }
          sb.append(next);
          pos++;
        } else if (c == '"') {
          return sb.toString();
        } else if (c < 0x20 || c > 0x7e) {
          throw new IllegalArgumentException("invalid character in string");
        } else {
          sb.append(c);
        }
      }
      throw new IllegalArgumentException("unterminated string");
    }

    ByteSequence parseByteSequence() {
      expect(':');
      int end = s.indexOf(':', pos);
      if (end < 0) {
        throw new IllegalArgumentException("unterminated byte sequence");
      }
      String b64 = s.substring(pos, end);
      pos = end + 1;
      try {
        return new ByteSequence(Base64.getDecoder().decode(b64));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("malformed base64 in byte sequence", e);
      }
    }

    Boolean parseBoolean() {
      expect('?');
      char c = peek();
      if (c != '0' && c != '1') {
        throw new IllegalArgumentException("malformed boolean at position " + pos);
      }
      pos++;
      return c == '1';
    }

    Token parseToken() {
      int start = pos;
      pos++;
      while (!atEnd() && isTokenChar(peek())) {
        pos++;
      }
      return new Token(s.substring(start, pos));
    }
  }
}
