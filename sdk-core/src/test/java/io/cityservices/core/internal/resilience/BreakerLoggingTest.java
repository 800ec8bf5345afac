package io.cityservices.core.internal.resilience;

import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.core.resilience.CircuitBreakerState;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Breaker transitions are logged (slf4j-simple writes to System.out in tests, see the surefire
 * configuration): opening and probing at WARN, with the department, city and why; recovery at INFO.
 */
class BreakerLoggingTest {

  static final CircuitBreakerConfig CONFIG =
      CircuitBreakerConfig.builder()
          .slidingWindowSize(4)
          .minimumNumberOfCalls(2)
          .failureRateThreshold(50)
          .openDuration(Duration.ofSeconds(30))
          .permittedCallsInHalfOpenState(1)
          .build();

  @Test
  void openingProbingAndRecoveryAreLoggedWithDepartmentCityAndWhy() {
    MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    CircuitBreaker breaker = new CircuitBreaker("310000/traffic", CONFIG, clock, CircuitBreakerListener.NONE);

    List<String> lines =
        captured(
            () -> {
              breaker.onFailure();
              breaker.onFailure();
              clock.advance(Duration.ofSeconds(31));
              breaker.tryAcquirePermission();
              breaker.onFailure();
              clock.advance(Duration.ofSeconds(31));
              breaker.tryAcquirePermission();
              breaker.onSuccess();
            });

    assertThat(lines)
        .containsExactly(
            "WARN io.cityservices.core.internal.resilience.CircuitBreaker - Circuit breaker CLOSED -> OPEN"
                + " department=traffic city=310000: 2 of the last 2 calls failed (threshold 50.0%);"
                + " calls fail fast for 30000 ms",
            "WARN io.cityservices.core.internal.resilience.CircuitBreaker - Circuit breaker OPEN -> HALF_OPEN"
                + " department=traffic city=310000: open for 30000 ms; up to 1 trial calls probe it",
            "WARN io.cityservices.core.internal.resilience.CircuitBreaker - Circuit breaker HALF_OPEN -> OPEN"
                + " department=traffic city=310000: a trial call failed; calls fail fast for 30000 ms",
            "WARN io.cityservices.core.internal.resilience.CircuitBreaker - Circuit breaker OPEN -> HALF_OPEN"
                + " department=traffic city=310000: open for 30000 ms; up to 1 trial calls probe it",
            "INFO io.cityservices.core.internal.resilience.CircuitBreaker - Circuit breaker HALF_OPEN -> CLOSED"
                + " (recovered) department=traffic city=310000: 1 trial calls succeeded");
  }

  @Test
  void aBreakerOfACityIndependentServiceNamesNoCity() {
    CircuitBreaker breaker =
        new CircuitBreaker("platform", CONFIG, MutableClock.at("2026-01-01T00:00:00Z"), CircuitBreakerListener.NONE);

    List<String> lines = captured(() -> { breaker.onFailure(); breaker.onFailure(); });

    assertThat(lines).singleElement().asString().contains("department=platform:").doesNotContain("city=");
  }

  /** The lines {@code action} logs for breakers (slf4j-simple's level, logger and message). */
  static List<String> captured(Runnable action) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\\R"))
        .map(line -> line.replaceFirst("^\\[[^]]*\\] ", ""))
        .filter(line -> line.contains("CircuitBreaker"))
        .toList();
  }
}
