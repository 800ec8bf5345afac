package io.cityservices.core.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The platform refused the call for exceeding a rate limit (HTTP 429), or the client refused to
 * send it because the advertised quota was exhausted (status 0, code {@code rate_limit_exhausted}).
 */
public class RateLimitedException extends CityServicesException {

  private final @Nullable Duration retryAfter;

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

  /** How long the platform asked the caller to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
