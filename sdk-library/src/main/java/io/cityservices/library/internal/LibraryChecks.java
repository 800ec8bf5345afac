package io.cityservices.library.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.library.Isbn;
import java.util.List;

/**
 * The checks only the library service needs, run while a request is built so that a bad request
 * fails before anything is sent (thrown by the blocking form, failing the future of the asynchronous
 * form through {@link io.cityservices.core.http.ServiceCalls}).
 */
final class LibraryChecks {

  private LibraryChecks() {}

  /** @throws ValidationException (client side) listing {@code violations} when there are any */
  static void requireNoViolations(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw ValidationException.clientSide(violations);
    }
  }

  /**
   * The ISBN in its bare form, or null when none was given.
   *
   * @throws ValidationException naming {@code isbn} when it is not a valid ISBN-10 or ISBN-13
   */
  static String isbnOrNull(String isbn) {
    if (isbn == null) {
      return null;
    }
    try {
      return Isbn.of(isbn).value();
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("isbn", e.getMessage());
    }
  }
}
