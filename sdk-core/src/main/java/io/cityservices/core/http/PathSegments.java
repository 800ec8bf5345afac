package io.cityservices.core.http;

import io.cityservices.core.error.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The one check every value bound into a path goes through, wherever a module binds it: a path
 * parameter is a single segment, so a value that could change which resource is addressed is
 * refused before anything is sent. A {@code ..} that reached OkHttp would be collapsed and
 * {@code POST .../violations/../payments} would go to {@code POST .../payments}.
 */
final class PathSegments {

  /** Longer than any platform id; bounds what a hostile caller can make the SDK encode and log. */
  static final int MAX_LENGTH = 128;

  private PathSegments() {}

  /**
   * @return {@code value} unchanged
   * @throws ValidationException naming {@code field}: null, blank, {@code .} or {@code ..}, longer
   *     than {@link #MAX_LENGTH}, or containing a separator ({@code / \ ? #}), a {@code %} (an
   *     encoding would be encoded again, or decoded by an intermediary into a separator), white
   *     space or a control character
   */
  static String check(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw ValidationException.of(field, "must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw ValidationException.of(field, "must not be a dot segment");
    }
    if (value.length() > MAX_LENGTH) {
      throw ValidationException.of(field, "must be at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%'
          || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT || (Character.isSurrogate(c) && !validPair(value, i))) {
        throw ValidationException.of(field, "must not contain '/', '\\', '?', '#', '%', spaces or control characters");
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return value;
  }

  private static boolean validPair(String value, int i) {
    return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1));
  }
}
