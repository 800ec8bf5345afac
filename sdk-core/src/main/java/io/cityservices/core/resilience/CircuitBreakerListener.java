package io.cityservices.core.resilience;

/**
 * Observes circuit breaker state changes, e.g. to log them or export a metric.
 *
 * <p>Called exactly once per transition, synchronously on the thread that caused it and while the
 * breaker's lock is held, so that transitions of one breaker arrive in order. Implementations must
 * therefore be quick and must not block; exceptions they throw are logged and ignored.
 */
@FunctionalInterface
public interface CircuitBreakerListener {

  /** A listener that ignores every transition. */
  CircuitBreakerListener NONE = (name, from, to) -> {};

  /**
   * Called after breaker {@code name} moved from {@code from} to {@code to}.
   *
   * @param name the breaker's name, e.g. the department key {@code 310000/traffic}
   * @param from the previous state
   * @param to the new state, never equal to {@code from}
   */
  void onStateChange(String name, CircuitBreakerState from, CircuitBreakerState to);
}
