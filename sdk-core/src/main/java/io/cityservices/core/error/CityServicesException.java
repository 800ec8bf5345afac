package io.cityservices.core.error;

import io.cityservices.core.internal.CallRecords;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws. It is unchecked; catch the subclass whose meaning you
 * can act on ({@link NotFoundException}, {@link ConflictException}, {@link RateLimitedException}, ...)
 * and let the rest propagate.
 *
 * <p>Every instance carries the HTTP status (0 when no response was received), the platform's
 * error code, the request id (quote it when you report a problem) and the parsed problem details.
 * Messages never contain personal data in clear.
 */
public class CityServicesException extends RuntimeException {

  private final int status;
  private final String code;
  private final @Nullable String requestId;
  private final @Nullable Problem problem;
  private volatile int attempts;
  private volatile @Nullable String idempotencyKey;

  static {
    // The transport records attempts and idempotency key through this; nothing public mutates.
    CallRecords.install(CityServicesException::recordCall);
  }

  /**
   * @param message a redacted, human-readable message
   * @param status the HTTP status, or 0 when no response was received
   * @param code the platform or SDK error code, never null
   * @param requestId the request id, may be null when the call never reached the transport
   * @param problem the problem details, may be null
   * @param cause the underlying cause, may be null
   */
  public CityServicesException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Throwable cause) {
    super(message, cause);
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.requestId = requestId;
    this.problem = problem;
    this.attempts = 1;
  }

  /** The HTTP status of the response, or 0 when none was received (transport failure, validation). */
  public int status() {
    return status;
  }

  /** The stable machine-readable error code, from the problem's {@code code} or chosen by the SDK. */
  public String code() {
    return code;
  }

  /** The {@code X-Request-Id} of the failing call, or null if it failed before being sent. */
  public @Nullable String requestId() {
    return requestId;
  }

  /** The platform's problem details, or null when the server sent none (or no response came). */
  public @Nullable Problem problem() {
    return problem;
  }

  /** How many attempts were made before this exception was thrown (1 when not retried). */
  public int attempts() {
    return attempts;
  }

  /**
   * The idempotency key the failed create or pay call was sent with, or null for other calls.
   * When a payment fails with an unknown outcome (a timeout, a reset connection), retry it with
   * {@code RequestOptions.builder().idempotencyKey(e.idempotencyKey())}: the platform then returns
   * the first attempt's result instead of charging again.
   */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  private static void recordCall(
      CityServicesException e, int attempts, @Nullable String idempotencyKey) {
    e.attempts = attempts;
    e.idempotencyKey = idempotencyKey;
  }


  @Override
  public String getMessage() {
    StringBuilder sb = new StringBuilder(String.valueOf(super.getMessage()));
    sb.append(" [code=").append(code);
    if (status > 0) {
      sb.append(", status=").append(status);
    }
    if (requestId != null) {
      sb.append(", requestId=").append(requestId);
    }
    if (attempts > 1) {
      sb.append(", attempts=").append(attempts);
    }
    return sb.append(']').toString();
  }
}
