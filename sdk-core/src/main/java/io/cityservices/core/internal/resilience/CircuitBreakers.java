package io.cityservices.core.internal.resilience;

import io.cityservices.core.resilience.CircuitBreakerListener;

import io.cityservices.core.resilience.CircuitBreakerConfig;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link CircuitBreaker} per department, created on first use with a shared config, clock and
 * listener. One registry belongs to one entry object.
 *
 * <p>Breakers are never evicted: keys are department keys ({@code <cityCode>/<service>}, e.g.
 * {@code 310000/traffic}), of which a deployment uses at most a few hundred (cities times
 * services), each breaker holding a window of a few dozen booleans. Never key breakers by anything
 * unbounded, such as a URL with an id in it.
 *
 * <p>Thread-safe: concurrent first uses of a key get the same breaker.
 */
public final class CircuitBreakers {

  private final CircuitBreakerConfig config;
  private final Clock clock;
  private final CircuitBreakerListener listener;
  private final ConcurrentMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

  /**
   * Creates an empty registry.
   *
   * @param config the settings every breaker uses
   * @param clock the clock every breaker uses
   * @param listener told of every breaker's state changes
   * @throws NullPointerException if an argument is null
   */
  public CircuitBreakers(
      CircuitBreakerConfig config, Clock clock, CircuitBreakerListener listener) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * The breaker for a department, created closed on first use.
   *
   * @param departmentKey the department key, e.g. {@code 310000/traffic}
   * @throws NullPointerException if {@code departmentKey} is null
   */
  public CircuitBreaker forDepartment(String departmentKey) {
    Objects.requireNonNull(departmentKey, "departmentKey");
    return breakers.computeIfAbsent(
        departmentKey, key -> new CircuitBreaker(key, config, clock, listener));
  }

  /** How many breakers exist, for metrics. */
  public int size() {
    return breakers.size();
  }
}
