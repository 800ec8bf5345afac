package io.cityservices.spring;

import io.cityservices.core.resilience.CircuitBreakerState;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.resilience.CircuitBreakerListener;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Follows each department the client has called ({@code <city>/<service>}): its circuit breaker's
 * state and its last failure. Registered on the client both as a circuit breaker listener and as an
 * interceptor, and read by the health contributor. Keeps nothing personal: a failure is its time,
 * HTTP status and stable error code. Thread-safe and non-blocking, as a listener must be.
 */
public final class DepartmentHealthTracker implements CircuitBreakerListener, ExecutionInterceptor {

  /**
   * What is known of one department.
   *
   * @param circuit the breaker's state
   * @param since when the breaker entered it (when the department was first called while closed)
   * @param lastFailure the last failure, or null
   */
  public record DepartmentState(CircuitBreakerState circuit, Instant since, @Nullable Failure lastFailure) {}

  /**
   * A failed attempt, as far as it says something about the department's health.
   *
   * @param at when it ended
   * @param status the HTTP status, 0 without a response
   * @param code the SDK's error code, e.g. {@code department_unavailable}
   */
  public record Failure(Instant at, int status, String code) {}

  private final Clock clock;
  private final ConcurrentMap<String, DepartmentState> departments = new ConcurrentHashMap<>();

  /**
   * Follows departments from the client's hooks.
   *
   * @param clock stamps state changes and failures
   * @throws NullPointerException if {@code clock} is null
   */
  public DepartmentHealthTracker(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void onStateChange(String name, CircuitBreakerState from, CircuitBreakerState to) {
    Instant now = clock.instant();
    departments.compute(
        name,
        (key, old) -> new DepartmentState(to, now, old == null ? null : old.lastFailure()));
  }

  @Override
  public void afterAttempt(AttemptInfo attempt, int status, @Nullable RuntimeException failure) {
    String key = attempt.department();
    if (failure == null || !isDepartmentFailure(status, failure)) {
      departments.putIfAbsent(key, new DepartmentState(CircuitBreakerState.CLOSED, clock.instant(), null));
      return;
    }
    Failure last = new Failure(clock.instant(), status, code(failure));
    departments.compute(
        key,
        (k, old) ->
            old == null
                ? new DepartmentState(CircuitBreakerState.CLOSED, last.at(), last)
                : new DepartmentState(old.circuit(), old.since(), last));
  }

  /**
   * Every department called so far.
   *
   * @return a copy, by department key ({@code <city>/<service>}) in key order
   */
  public Map<String, DepartmentState> departments() {
    return new TreeMap<>(departments);
  }

  // 4xx answers say the request was refused, not that the department is unwell; an attempt this
  // client's own open breaker refused was never sent, so the department's last real failure stands.
  private static boolean isDepartmentFailure(int status, RuntimeException failure) {
    if (failure instanceof DepartmentUnavailableException unavailable && unavailable.circuitOpen()) {
      return false;
    }
    return status == 0 || status >= 500;
  }

  private static String code(RuntimeException failure) {
    return failure instanceof CityServicesException e && e.code() != null
        ? e.code()
        : failure.getClass().getSimpleName();
  }
}
