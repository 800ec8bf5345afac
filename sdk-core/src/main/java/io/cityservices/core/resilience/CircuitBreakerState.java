package io.cityservices.core.resilience;

/**
 * The states of a department's circuit breaker, as reported to a {@link CircuitBreakerListener}.
 *
 * <p>A breaker starts {@link #CLOSED}; it opens once the failure rate over the last calls reaches
 * {@link CircuitBreakerConfig#failureRateThreshold()}, and after {@link
 * CircuitBreakerConfig#openDuration()} lets a few trial calls through while half-open.
 */
public enum CircuitBreakerState {
  /** Calls flow; outcomes are recorded. */
  CLOSED,
  /** Calls fail fast without being sent. */
  OPEN,
  /** A limited number of trial calls probe whether the department has recovered. */
  HALF_OPEN
}
