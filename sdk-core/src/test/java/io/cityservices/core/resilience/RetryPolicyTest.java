package io.cityservices.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  /** A "random" generator that always returns the same fraction. */
  private static RandomGenerator fixed(double fraction) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        throw new UnsupportedOperationException();
      }

      @Override
      public double nextDouble() {
        return fraction;
      }
    };
  }

  @Test
  void defaults() {
    RetryPolicy p = RetryPolicy.builder().build();
    assertThat(p.maxAttempts()).isEqualTo(3);
    assertThat(p.baseDelay()).isEqualTo(Duration.ofMillis(100));
    assertThat(p.maxDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.retryableStatuses()).containsExactlyInAnyOrder(408, 429, 502, 503, 504);
  }

  @Test
  void noneNeverRetries() {
    RetryPolicy p = RetryPolicy.none();
    assertThat(p.maxAttempts()).isEqualTo(1);
    assertThat(p.hasAttemptsLeft(1)).isFalse();
  }

  @Test
  void attemptsLeft() {
    RetryPolicy p = RetryPolicy.builder().build();
    assertThat(p.hasAttemptsLeft(1)).isTrue();
    assertThat(p.hasAttemptsLeft(2)).isTrue();
    assertThat(p.hasAttemptsLeft(3)).isFalse();
  }

  @Test
  void ceilingDoublesFromBaseUntilCap() {
    RetryPolicy p = RetryPolicy.builder().build();
    assertThat(p.backoffCeiling(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.backoffCeiling(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(p.backoffCeiling(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(p.backoffCeiling(6)).isEqualTo(Duration.ofMillis(3200));
    assertThat(p.backoffCeiling(7)).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.backoffCeiling(64)).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.backoffCeiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void fullJitterSpansZeroToCeiling() {
    RetryPolicy p = RetryPolicy.builder().build();
    assertThat(p.backoff(3, fixed(0.0))).isEqualTo(Duration.ZERO);
    assertThat(p.backoff(3, fixed(0.5))).isEqualTo(Duration.ofMillis(200));
    assertThat(p.backoff(3, fixed(Math.nextDown(1.0)))).isLessThan(Duration.ofMillis(400));
    assertThat(p.backoff(20, fixed(0.5))).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void seededBackoffsStayWithinBoundsAndUseTheWholeRange() {
    RetryPolicy p = RetryPolicy.builder().build();
    SplittableRandom rnd = new SplittableRandom(42);
    for (int attempt = 1; attempt <= 10; attempt++) {
      Duration ceiling = p.backoffCeiling(attempt);
      Duration min = ceiling;
      Duration max = Duration.ZERO;
      for (int i = 0; i < 1_000; i++) {
        Duration d = p.backoff(attempt, rnd);
        assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(ceiling);
        min = d.compareTo(min) < 0 ? d : min;
        max = d.compareTo(max) > 0 ? d : max;
      }
      // Full jitter: the draws cover (nearly) all of [0, ceiling), not just its upper part.
      assertThat(min).isLessThan(ceiling.dividedBy(10));
      assertThat(max).isGreaterThan(ceiling.multipliedBy(9).dividedBy(10));
    }
  }

  @Test
  void sameSeedSameBackoff() {
    RetryPolicy p = RetryPolicy.builder().build();
    assertThat(p.backoff(2, new SplittableRandom(7)))
        .isEqualTo(p.backoff(2, new SplittableRandom(7)));
  }

  @Test
  void rejectsBadAttemptNumbersAndSettings() {
    RetryPolicy p = RetryPolicy.builder().build();
    assertThatThrownBy(() -> p.backoff(0, fixed(0.5))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(10)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retryableStatuses() {
    RetryPolicy p = RetryPolicy.builder().build();
    assertThat(p.isRetryableStatus(503)).isTrue();
    assertThat(p.isRetryableStatus(429)).isTrue();
    assertThat(p.isRetryableStatus(500)).isFalse();
    assertThat(p.isRetryableStatus(404)).isFalse();
    RetryPolicy custom = RetryPolicy.builder().retryableStatuses(Set.of(500)).build();
    assertThat(custom.isRetryableStatus(500)).isTrue();
    assertThat(custom.isRetryableStatus(503)).isFalse();
  }

  @Test
  void safeToRetry() {
    for (String m : new String[] {"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "get"}) {
      assertThat(RetryPolicy.isSafeToRetry(m, false)).as(m).isTrue();
    }
    assertThat(RetryPolicy.isSafeToRetry("POST", false)).isFalse();
    assertThat(RetryPolicy.isSafeToRetry("PATCH", false)).isFalse();
    assertThat(RetryPolicy.isSafeToRetry("POST", true)).isTrue();
    assertThat(RetryPolicy.isSafeToRetry("patch", true)).isTrue();
    assertThat(RetryPolicy.isSafeToRetry("CONNECT", true)).isFalse();
  }
}
