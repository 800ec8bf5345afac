package io.cityservices.core.resilience;

/** What to do when the platform has said a rate-limit quota is used up until some reset time. */
public enum RateLimitMode {
  /** Wait until the quota resets, as long as that is within the call's deadline. */
  WAIT,
  /** Fail at once with a {@link io.cityservices.core.error.RateLimitedException}. */
  FAIL_FAST
}
