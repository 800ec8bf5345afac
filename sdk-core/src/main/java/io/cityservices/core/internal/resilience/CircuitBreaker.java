package io.cityservices.core.internal.resilience;

import io.cityservices.core.resilience.CircuitBreakerListener;

import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.CircuitBreakerState;

import io.cityservices.core.error.DepartmentUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A count-based circuit breaker for one department: it lets calls fail fast, without being sent,
 * while the department is evidently down, and probes it with a few trial calls before letting
 * traffic through again.
 *
 * <ul>
 *   <li>{@link CircuitBreakerState#CLOSED}: every call is permitted. The last {@code slidingWindowSize} outcomes
 *       are kept; once at least {@code minimumNumberOfCalls} are recorded and the failure rate
 *       reaches {@code failureRateThreshold}, the breaker opens.
 *   <li>{@link CircuitBreakerState#OPEN}: no call is permitted until {@code openDuration} has passed on the
 *       clock; the next permission request then moves the breaker to half-open.
 *   <li>{@link CircuitBreakerState#HALF_OPEN}: up to {@code permittedCallsInHalfOpenState} trial calls are
 *       permitted. Any trial failure re-opens the breaker; once that many trials have succeeded it
 *       closes with an empty window. If the trials' outcomes are never reported (a caller that
 *       acquired permission and then vanished), a new round of trials is allowed after another
 *       {@code openDuration}, so the breaker cannot stay stuck.
 * </ul>
 *
 * <p>Protocol: call {@link #tryAcquirePermission()} (or {@link #acquirePermission()}) before
 * sending, and after a permitted call report exactly one of {@link #onSuccess()} or {@link
 * #onFailure()}. What counts as a failure is the caller's decision (the transport counts 5xx,
 * timeouts and connection errors, not 4xx). Outcomes reported while open are ignored: they belong
 * to calls sent before the breaker opened. Outcomes reported while half-open count as trial
 * outcomes, even from a call sent earlier, since the breaker does not tell calls apart.
 *
 * <p>Thread-safe. State changes happen under the breaker's own lock (the critical sections are a
 * few field updates) and the listener is told of each transition exactly once, in order.
 */
public final class CircuitBreaker {

  /** The error code of the exception thrown by {@link #acquirePermission()}. */
  public static final String CIRCUIT_OPEN_CODE = "circuit_open";

  private static final Logger log = LoggerFactory.getLogger(CircuitBreaker.class);

  private final String name;
  private final CircuitBreakerConfig config;
  private final Clock clock;
  private final CircuitBreakerListener listener;

  // Ring buffer of the last outcomes (true = failure), guarded by this.
  private final boolean[] window;
  private int recorded;
  private int nextSlot;
  private int failures;

  private CircuitBreakerState state = CircuitBreakerState.CLOSED;
  private Instant stateSince;
  private int trialsIssued;
  private int trialsSucceeded;

  /**
   * Creates a closed breaker.
   *
   * @param name the breaker's name, usually the department key; used in the listener and errors
   * @param config the settings
   * @param clock the clock that times the open state
   * @param listener told of every state change
   * @throws NullPointerException if an argument is null
   */
  public CircuitBreaker(
      String name, CircuitBreakerConfig config, Clock clock, CircuitBreakerListener listener) {
    this.name = Objects.requireNonNull(name, "name");
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.window = new boolean[config.slidingWindowSize()];
    this.stateSince = clock.instant();
  }

  /** The breaker's name, usually the department key. */
  public String name() {
    return name;
  }

  /**
   * The current state. An open breaker whose open duration has passed still reports {@link
   * CircuitBreakerState#OPEN} until the next permission request moves it to half-open.
   */
  public synchronized CircuitBreakerState state() {
    return state;
  }

  /**
   * Asks to send one call.
   *
   * @return true if the call may be sent (the caller must then report its outcome); false if the
   *     breaker is open, or half-open with all trial calls taken, and the caller should fail fast
   */
  public synchronized boolean tryAcquirePermission() {
    Instant now = clock.instant();
    return switch (state) {
      case CLOSED -> true;
      case OPEN -> {
        if (now.isBefore(stateSince.plus(config.openDuration()))) {
          yield false;
        }
        transitionTo(
            CircuitBreakerState.HALF_OPEN,
            now,
            "open for "
                + config.openDuration().toMillis()
                + " ms; up to "
                + config.permittedCallsInHalfOpenState()
                + " trial calls probe it");
        yield takeTrial();
      }
      case HALF_OPEN -> {
        if (trialsIssued >= config.permittedCallsInHalfOpenState()
            && !now.isBefore(stateSince.plus(config.openDuration()))) {
          // The trials' outcomes never came back: start a fresh round rather than stay stuck.
          startTrialRound(now);
        }
        yield takeTrial();
      }
    };
  }

  /**
   * Like {@link #tryAcquirePermission()}, but throws when the call may not be sent.
   *
   * @throws DepartmentUnavailableException with status 0, code {@value #CIRCUIT_OPEN_CODE} and
   *     {@code circuitOpen() == true}, if the breaker refuses the call
   */
  public void acquirePermission() {
    if (!tryAcquirePermission()) {
      throw new DepartmentUnavailableException(
          "Department "
              + name
              + " is unavailable: its circuit breaker ("
              + state()
              + ") refused the call, which was not sent",
          0,
          CIRCUIT_OPEN_CODE,
          null,
          null,
          name,
          true,
          null);
    }
  }

  /** Reports that a permitted call succeeded. */
  public synchronized void onSuccess() {
    switch (state) {
      case CLOSED -> record(false);
      case HALF_OPEN -> {
        trialsSucceeded++;
        if (trialsSucceeded >= config.permittedCallsInHalfOpenState()) {
          clearWindow();
          transitionTo(
              CircuitBreakerState.CLOSED, clock.instant(), trialsSucceeded + " trial calls succeeded");
        }
      }
      case OPEN -> {
        // A call sent before the breaker opened: it says nothing about recovery.
      }
    }
  }

  /**
   * Reports that a permitted call ended in a way that says nothing about the department's health
   * (rejected credentials, a bad signature, a rate limit): no outcome is recorded, and a half-open
   * trial slot is given back for another call to use.
   */
  public synchronized void onIgnored() {
    if (state == CircuitBreakerState.HALF_OPEN && trialsIssued > trialsSucceeded) {
      trialsIssued--;
    }
  }

  /** Reports that a permitted call failed (5xx, timeout, connection error: the caller decides). */
  public synchronized void onFailure() {
    switch (state) {
      case CLOSED -> {
        record(true);
        if (recorded >= config.minimumNumberOfCalls()
            && failures * 100.0 >= config.failureRateThreshold() * recorded) {
          transitionTo(
              CircuitBreakerState.OPEN,
              clock.instant(),
              failures
                  + " of the last "
                  + recorded
                  + " calls failed (threshold "
                  + config.failureRateThreshold()
                  + "%); calls fail fast for "
                  + config.openDuration().toMillis()
                  + " ms");
        }
      }
      case HALF_OPEN ->
          transitionTo(
              CircuitBreakerState.OPEN,
              clock.instant(),
              "a trial call failed; calls fail fast for "
                  + config.openDuration().toMillis()
                  + " ms");
      case OPEN -> {
        // A call sent before the breaker opened: the breaker is already open.
      }
    }
  }

  private boolean takeTrial() {
    if (trialsIssued < config.permittedCallsInHalfOpenState()) {
      trialsIssued++;
      return true;
    }
    return false;
  }

  private void record(boolean failure) {
    if (recorded == window.length) {
      if (window[nextSlot]) {
        failures--;
      }
    } else {
      recorded++;
    }
    window[nextSlot] = failure;
    if (failure) {
      failures++;
    }
    nextSlot = (nextSlot + 1) % window.length;
  }

  private void clearWindow() {
    recorded = 0;
    nextSlot = 0;
    failures = 0;
  }

  private void startTrialRound(Instant now) {
    stateSince = now;
    trialsIssued = 0;
    trialsSucceeded = 0;
  }

  // Opening and probing are news an operator should see (WARN); closing again is the recovery
  // (INFO). The name is the department key, <city>/<service>, or the service alone.
  private void transitionTo(CircuitBreakerState to, Instant now, String why) {
    CircuitBreakerState from = state;
    state = to;
    startTrialRound(now);
    int slash = name.indexOf('/');
    String where =
        slash < 0
            ? "department=" + name
            : "department=" + name.substring(slash + 1) + " city=" + name.substring(0, slash);
    if (to == CircuitBreakerState.CLOSED) {
      log.info("Circuit breaker {} -> {} (recovered) {}: {}", from, to, where, why);
    } else {
      log.warn("Circuit breaker {} -> {} {}: {}", from, to, where, why);
    }
    try {
      listener.onStateChange(name, from, to);
    } catch (RuntimeException e) {
      log.warn("Circuit breaker listener failed on {} -> {} for {}", from, to, name, e);
    }
  }

  @Override
  public synchronized String toString() {
    return "CircuitBreaker[" + name + ", " + state + "]";
  }
}
