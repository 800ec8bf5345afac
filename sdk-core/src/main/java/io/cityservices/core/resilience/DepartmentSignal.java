package io.cityservices.core.resilience;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A department's circuit state shared with other instances of the same app: told of this client's
 * breaker transitions (as a {@link CircuitBreakerListener}), it answers whether another instance
 * has seen the department down, so that every instance fails fast once one breaker opens. Pass one
 * to {@code CityServices.builder().departmentSignal(...)}; the default, {@link #NONE}, shares
 * nothing.
 *
 * <p>The signal is consulted only while this client's own breaker for the department is closed: a
 * breaker that opened here runs its own half-open trials. Implementations must be thread-safe, must
 * not block in {@link #onStateChange}, and should let a signal lapse after a time so that a dead
 * instance cannot keep a department closed to all others.
 */
public interface DepartmentSignal extends CircuitBreakerListener {

  /** Shares nothing: never open elsewhere, transitions ignored. */
  DepartmentSignal NONE =
      new DepartmentSignal() {
        @Override
        public CompletableFuture<Boolean> isOpenElsewhere(String departmentKey, Duration maxWait) {
          return CompletableFuture.completedFuture(false);
        }

        @Override
        public void onStateChange(
            String name, CircuitBreakerState from, CircuitBreakerState to) {}
      };

  /**
   * Whether another instance's breaker for {@code departmentKey} is open. Read-only and
   * idempotent. Never fails: when the shared state cannot be read within {@code maxWait}, the
   * answer is false (the instance goes on with its own breaker).
   *
   * @param departmentKey the department key, e.g. {@code 310000/traffic}
   * @param maxWait the longest the answer may take, the time left before the caller's deadline
   * @return a future of true when calls to the department should fail fast
   */
  CompletableFuture<Boolean> isOpenElsewhere(String departmentKey, Duration maxWait);
}
