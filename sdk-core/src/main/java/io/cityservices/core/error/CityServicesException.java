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

  /** The HTTP status, or 0 when no response was received. */
  private final int status;
  /** The platform's or the SDK's error code; never null. */
  private final String code;
  /** The {@code X-Request-Id}, or null when nothing was sent. */
  private final @Nullable String requestId;
  /** The problem details, or null when none were received. */
  private final @Nullable Problem problem;
  /** The number of attempts made, set by the transport once the call has ended. */
  private volatile int attempts;
  /** The idempotency key of a create or pay call, set by the transport; null for other calls. */
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

  /**
   * The HTTP status of the response, or 0 when none was received (transport failure, validation).
   *
   * @return the HTTP status, or 0
   */
  public int status() {
    return status;
  }

  /**
   * The stable machine-readable error code, from the problem's {@code code} or chosen by the SDK.
   *
   * @return the error code, e.g. {@code not_found} or {@code validation_failed}; never null
   */
  public String code() {
    return code;
  }

  /**
   * The {@code X-Request-Id} of the failing call, or null if it failed before being sent.
   *
   * @return the request id, or null
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * The platform's problem details, or null when the server sent none (or no response came).
   *
   * @return the problem details, or null
   */
  public @Nullable Problem problem() {
    return problem;
  }

  /**
   * How many attempts were made before this exception was thrown (1 when not retried).
   *
   * @return the number of attempts, at least 1
   */
  public int attempts() {
    return attempts;
  }

  /**
   * The idempotency key the failed create or pay call was sent with, or null for other calls.
   * When a payment fails with an unknown outcome (a timeout, a reset connection), retry it with
   * {@code RequestOptions.builder().idempotencyKey(e.idempotencyKey())}: the platform then returns
   * the first attempt's result instead of charging again.
   *
   * @return the idempotency key, or null
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
