package io.cityservices.core.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The platform refused the call for exceeding a rate limit (HTTP 429), or the client refused to
 * send it because the advertised quota was exhausted (status 0, code {@code rate_limit_exhausted}).
 */
public class RateLimitedException extends CityServicesException {

  /** The platform's {@code Retry-After}, or null when it sent none. */
  private final @Nullable Duration retryAfter;

  /**
   * A rate-limit refusal, by the platform or by the client's quota.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status (429), or 0 when the client refused to send
   * @param code {@code rate_limited} or {@code rate_limit_exhausted}; not null
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param retryAfter how long to wait before trying again, or null when unknown
   * @param cause the underlying cause, or null
   */
  public RateLimitedException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      @Nullable Duration retryAfter,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the platform asked the caller to wait, when it said.
   *
   * @return the wait, or empty when the platform did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
