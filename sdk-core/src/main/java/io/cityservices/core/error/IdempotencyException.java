package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The idempotency key of a create or pay call could not be honoured: the same key is still being
 * processed (HTTP 409, code {@code idempotency_in_flight}: retry later with the same key), or it was
 * already used with a different body (HTTP 422, code {@code idempotency_key_reused}: a programming
 * error, use a fresh key for a different request). In neither case was anything charged twice.
 */
public class IdempotencyException extends ConflictException {
  public IdempotencyException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }

  /** True when the first request with this key is still in flight and a later retry may succeed. */
  public boolean inFlight() {
    return "idempotency_in_flight".equals(code());
  }
}
