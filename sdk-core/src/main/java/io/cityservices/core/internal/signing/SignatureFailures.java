package io.cityservices.core.internal.signing;

import io.cityservices.core.error.SignatureException;

/** Builds the {@link SignatureException}s the signing code throws. */
final class SignatureFailures {

  private SignatureFailures() {}

  /** A {@link SignatureException} with this package's conventions (status 0, no request id). */
  static SignatureException failure(String code, String message) {
    return new SignatureException(message, 0, code, null, null, null);
  }
}
