package io.cityservices.core.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private final AtomicLong nanos = new AtomicLong(123_456_789L);

  private void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Test
  void remainingCountsDownToZero() {
    Deadline deadline = Deadline.after(Duration.ofSeconds(10), nanos::get);
    assertThat(deadline.remaining()).isEqualTo(Duration.ofSeconds(10));
    assertThat(deadline.isExpired()).isFalse();

    advance(Duration.ofSeconds(4));
    assertThat(deadline.remaining()).isEqualTo(Duration.ofSeconds(6));

    advance(Duration.ofSeconds(6));
    assertThat(deadline.remaining()).isZero();
    assertThat(deadline.isExpired()).isTrue();

    advance(Duration.ofSeconds(6));
    assertThat(deadline.remaining()).isZero();
  }

  @Test
  void minClampsWaitsAndTimeouts() {
    Deadline deadline = Deadline.after(Duration.ofSeconds(10), nanos::get);
    advance(Duration.ofSeconds(8));

    assertThat(deadline.min(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
    // A 30 s Retry-After or per-attempt timeout cannot go past the deadline.
    assertThat(deadline.min(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(2));
    assertThat(deadline.min(Duration.ofSeconds(-1))).isZero();

    advance(Duration.ofSeconds(5));
    assertThat(deadline.min(Duration.ofSeconds(30))).isZero();
  }

  @Test
  void nanoTimeWrapAroundAndHugeDurationsAreSafe() {
    nanos.set(Long.MAX_VALUE - 1_000);
    Deadline deadline = Deadline.after(Duration.ofSeconds(1), nanos::get);
    advance(Duration.ofMillis(500));
    assertThat(deadline.remaining()).isEqualTo(Duration.ofMillis(500));

    Deadline forever = Deadline.after(Duration.ofDays(365 * 1_000L), nanos::get);
    assertThat(forever.isExpired()).isFalse();
    assertThat(forever.min(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void sourceSteppingBackwardsDoesNotExtendTheDeadline() {
    Deadline deadline = Deadline.after(Duration.ofSeconds(10), nanos::get);
    advance(Duration.ofSeconds(-5));
    assertThat(deadline.remaining()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void clockBased() {
    MutableClock clock = MutableClock.at("2026-03-01T08:00:00Z");
    Deadline deadline = Deadline.after(Duration.ofSeconds(5), clock);
    clock.advance(Duration.ofMillis(1_500));
    assertThat(deadline.remaining()).isEqualTo(Duration.ofMillis(3_500));
  }

  @Test
  void rejectsNegativeTotal() {
    assertThatThrownBy(() -> Deadline.after(Duration.ofSeconds(-1), nanos::get))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
