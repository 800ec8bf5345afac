package io.cityservices.core.internal.http;

import io.cityservices.core.error.SignatureException;

/**
 * A response that failed its session signature ({@code sig1}): either forged or checked with a
 * wrong session key. Raised by verification for the authentication stage, which may recover by
 * refreshing the token; no caller ever sees it, only its {@link #failure()}.
 */
public final class SessionSignatureFailure extends RuntimeException {

  private final SignatureException failure;

  public SessionSignatureFailure(SignatureException failure) {
    super(failure.getMessage(), failure, false, false);
    this.failure = failure;
  }

  public SignatureException failure() {
    return failure;
  }
}
