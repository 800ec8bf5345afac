package io.cityservices.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The idempotency key of a create or pay call could not be honoured: the same key is still being
 * processed (HTTP 409, code {@code idempotency_in_flight}: retry later with the same key), or it was
 * already used with a different body (HTTP 422, code {@code idempotency_key_reused}: a programming
 * error, use a fresh key for a different request). In neither case was anything charged twice.
 */
public class IdempotencyException extends ConflictException {
  /**
   * An idempotency key the platform could not honour.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status, 409 or 422
   * @param code {@code idempotency_in_flight} or {@code idempotency_key_reused}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param cause the underlying cause, or null
   */
  public IdempotencyException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
  }

  /**
   * True when the first request with this key is still in flight and a later retry may succeed.
   *
   * @return true for code {@code idempotency_in_flight}, false for {@code idempotency_key_reused}
   */
  public boolean inFlight() {
    return "idempotency_in_flight".equals(code());
  }
}
