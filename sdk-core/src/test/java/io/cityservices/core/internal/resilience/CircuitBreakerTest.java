package io.cityservices.core.internal.resilience;

import io.cityservices.core.resilience.CircuitBreakerState;
import io.cityservices.core.resilience.CircuitBreakerListener;

import io.cityservices.core.resilience.CircuitBreakerConfig;

import static io.cityservices.core.resilience.CircuitBreakerState.CLOSED;
import static io.cityservices.core.resilience.CircuitBreakerState.HALF_OPEN;
import static io.cityservices.core.resilience.CircuitBreakerState.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.error.DepartmentUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private static final String DEPT = "310000/traffic";

  private final MutableClock clock = MutableClock.at("2026-03-01T08:00:00Z");
  private final List<String> transitions = new CopyOnWriteArrayList<>();
  private final CircuitBreakerListener listener =
      (name, from, to) -> transitions.add(name + ":" + from + "->" + to);

  private CircuitBreaker breaker(CircuitBreakerConfig config) {
    return new CircuitBreaker(DEPT, config, clock, listener);
  }

  private static void fail(CircuitBreaker b, int n) {
    for (int i = 0; i < n; i++) {
      assertThat(b.tryAcquirePermission()).isTrue();
      b.onFailure();
    }
  }

  private static void succeed(CircuitBreaker b, int n) {
    for (int i = 0; i < n; i++) {
      assertThat(b.tryAcquirePermission()).isTrue();
      b.onSuccess();
    }
  }

  private CircuitBreaker openBreaker() {
    CircuitBreaker b = breaker(CircuitBreakerConfig.defaults());
    fail(b, 10);
    assertThat(b.state()).isEqualTo(OPEN);
    transitions.clear();
    return b;
  }

  @Test
  void defaults() {
    CircuitBreakerConfig c = CircuitBreakerConfig.defaults();
    assertThat(c.slidingWindowSize()).isEqualTo(20);
    assertThat(c.minimumNumberOfCalls()).isEqualTo(10);
    assertThat(c.failureRateThreshold()).isEqualTo(50.0);
    assertThat(c.openDuration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.permittedCallsInHalfOpenState()).isEqualTo(2);
  }

  @Test
  void staysClosedUntilTheMinimumNumberOfCalls() {
    CircuitBreaker b = breaker(CircuitBreakerConfig.defaults());
    fail(b, 9);
    assertThat(b.state()).isEqualTo(CLOSED);
    assertThat(transitions).isEmpty();

    fail(b, 1);
    assertThat(b.state()).isEqualTo(OPEN);
    assertThat(transitions).containsExactly(DEPT + ":CLOSED->OPEN");
  }

  @Test
  void opensWhenTheFailureRateReachesTheThreshold() {
    CircuitBreaker b = breaker(CircuitBreakerConfig.defaults());
    succeed(b, 10);
    fail(b, 9);
    assertThat(b.state()).as("9 of 19 = 47%").isEqualTo(CLOSED);
    fail(b, 1);
    assertThat(b.state()).as("10 of 20 = 50%").isEqualTo(OPEN);
  }

  @Test
  void oldOutcomesSlideOutOfTheWindow() {
    CircuitBreaker b =
        breaker(
            CircuitBreakerConfig.builder().slidingWindowSize(4).minimumNumberOfCalls(4).build());
    fail(b, 2);
    succeed(b, 4);
    fail(b, 1);
    assertThat(b.state()).as("window S S S F = 25%").isEqualTo(CLOSED);
    fail(b, 1);
    assertThat(b.state()).as("window S S F F = 50%").isEqualTo(OPEN);
  }

  @Test
  void openFailsFastUntilTheOpenDurationHasPassed() {
    CircuitBreaker b = openBreaker();
    assertThat(b.tryAcquirePermission()).isFalse();
    clock.advance(Duration.ofSeconds(30).minusNanos(1));
    assertThat(b.tryAcquirePermission()).isFalse();
    assertThat(b.state()).isEqualTo(OPEN);
    assertThatThrownBy(b::acquirePermission)
        .isInstanceOfSatisfying(
            DepartmentUnavailableException.class,
            e -> {
              assertThat(e.circuitOpen()).isTrue();
              assertThat(e.department()).isEqualTo(DEPT);
              assertThat(e.code()).isEqualTo(CircuitBreaker.CIRCUIT_OPEN_CODE);
              assertThat(e.status()).isZero();
            });

    clock.advance(Duration.ofNanos(1));
    assertThat(b.tryAcquirePermission()).isTrue();
    assertThat(b.state()).isEqualTo(HALF_OPEN);
    assertThat(transitions).containsExactly(DEPT + ":OPEN->HALF_OPEN");
  }

  @Test
  void halfOpenPermitsOnlyTheTrialCalls() {
    CircuitBreaker b = openBreaker();
    clock.advance(Duration.ofSeconds(30));
    assertThat(b.tryAcquirePermission()).isTrue();
    assertThat(b.tryAcquirePermission()).isTrue();
    assertThat(b.tryAcquirePermission()).isFalse();
    assertThatThrownBy(b::acquirePermission)
        .isInstanceOf(DepartmentUnavailableException.class)
        .hasMessageContaining("HALF_OPEN");
  }

  @Test
  void anIgnoredTrialGivesItsSlotBackWithoutClosing() {
    CircuitBreaker b = openBreaker();
    clock.advance(Duration.ofSeconds(30));
    assertThat(b.tryAcquirePermission()).isTrue();
    assertThat(b.tryAcquirePermission()).isTrue();
    b.onIgnored();

    assertThat(b.state()).isEqualTo(HALF_OPEN);
    assertThat(b.tryAcquirePermission()).isTrue();
    assertThat(b.tryAcquirePermission()).isFalse();
  }

  @Test
  void successfulTrialsCloseWithAnEmptyWindow() {
    CircuitBreaker b = openBreaker();
    clock.advance(Duration.ofSeconds(30));
    succeed(b, 1);
    assertThat(b.state()).isEqualTo(HALF_OPEN);
    succeed(b, 1);
    assertThat(b.state()).isEqualTo(CLOSED);
    assertThat(transitions).containsExactly(DEPT + ":OPEN->HALF_OPEN", DEPT + ":HALF_OPEN->CLOSED");

    // The ten failures from before are gone: nine new ones are below the minimum again.
    fail(b, 9);
    assertThat(b.state()).isEqualTo(CLOSED);
  }

  @Test
  void aFailedTrialReopensForAnotherOpenDuration() {
    CircuitBreaker b = openBreaker();
    clock.advance(Duration.ofSeconds(30));
    succeed(b, 1);
    fail(b, 1);
    assertThat(b.state()).isEqualTo(OPEN);
    assertThat(transitions).containsExactly(DEPT + ":OPEN->HALF_OPEN", DEPT + ":HALF_OPEN->OPEN");

    clock.advance(Duration.ofSeconds(29));
    assertThat(b.tryAcquirePermission()).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(b.tryAcquirePermission()).isTrue();
  }

  @Test
  void outcomesReportedWhileOpenAreIgnored() {
    CircuitBreaker b = openBreaker();
    b.onSuccess();
    b.onSuccess();
    b.onFailure();
    assertThat(b.state()).isEqualTo(OPEN);
    assertThat(transitions).isEmpty();
  }

  @Test
  void unreportedTrialsDoNotLeaveTheBreakerStuck() {
    CircuitBreaker b = openBreaker();
    clock.advance(Duration.ofSeconds(30));
    assertThat(b.tryAcquirePermission()).isTrue();
    assertThat(b.tryAcquirePermission()).isTrue();
    // Neither trial reports back.
    clock.advance(Duration.ofSeconds(29));
    assertThat(b.tryAcquirePermission()).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(b.tryAcquirePermission()).isTrue();
    assertThat(b.state()).isEqualTo(HALF_OPEN);
  }

  @Test
  void concurrentCallersGetExactlyThePermittedTrials() throws Exception {
    CircuitBreaker b =
        breaker(CircuitBreakerConfig.builder().permittedCallsInHalfOpenState(3).build());
    fail(b, 10);
    clock.advance(Duration.ofSeconds(30));
    transitions.clear();

    int threads = 32;
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Boolean>> permits = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        permits.add(
            pool.submit(
                () -> {
                  gate.await();
                  return b.tryAcquirePermission();
                }));
      }
      gate.countDown();
      int granted = 0;
      for (Future<Boolean> p : permits) {
        granted += p.get() ? 1 : 0;
      }
      assertThat(granted).isEqualTo(3);
      assertThat(transitions).containsExactly(DEPT + ":OPEN->HALF_OPEN");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentFailuresOpenOnce() throws Exception {
    CircuitBreaker b = breaker(CircuitBreakerConfig.defaults());
    int threads = 16;
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        done.add(
            pool.submit(
                () -> {
                  gate.await();
                  for (int n = 0; n < 10; n++) {
                    b.onFailure();
                  }
                  return null;
                }));
      }
      gate.countDown();
      for (Future<?> f : done) {
        f.get();
      }
      assertThat(transitions).containsExactly(DEPT + ":CLOSED->OPEN");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aThrowingListenerDoesNotBreakTheBreaker() {
    CircuitBreaker b =
        new CircuitBreaker(
            DEPT,
            CircuitBreakerConfig.defaults(),
            clock,
            (name, from, to) -> {
              throw new IllegalStateException("listener bug");
            });
    fail(b, 10);
    assertThat(b.state()).isEqualTo(OPEN);
    assertThat(b.tryAcquirePermission()).isFalse();
  }

  @Test
  void rejectsInvalidConfig() {
    assertThatThrownBy(() -> CircuitBreakerConfig.builder().minimumNumberOfCalls(21).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CircuitBreakerConfig.builder().failureRateThreshold(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CircuitBreakerConfig.builder().openDuration(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CircuitBreakerConfig.builder().permittedCallsInHalfOpenState(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
