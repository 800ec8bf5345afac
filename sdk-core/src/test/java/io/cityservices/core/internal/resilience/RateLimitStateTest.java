package io.cityservices.core.internal.resilience;

import io.cityservices.core.resilience.RateLimitMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.error.RateLimitedException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitStateTest {

  private static final String DEPT = "310000/traffic";

  private final MutableClock clock = MutableClock.at("2026-03-01T08:00:00Z");
  private final AtomicLong nanos = new AtomicLong();
  private final RateLimitState state = new RateLimitState(clock);

  private static RateLimitHeaders exhaustedFor(int seconds) {
    return new RateLimitHeaders(0, Duration.ofSeconds(seconds), OptionalLong.of(100));
  }

  private Deadline deadline(Duration total) {
    return Deadline.after(total, nanos::get);
  }

  @Test
  void exhaustedQuotaBlocksTheKeyUntilReset() {
    state.update(DEPT, exhaustedFor(30));

    assertThat(state.waitBeforeSend(DEPT)).contains(Duration.ofSeconds(30));
    assertThat(state.waitBeforeSend("310000/water")).isEmpty();

    clock.advance(Duration.ofSeconds(20));
    assertThat(state.waitBeforeSend(DEPT)).contains(Duration.ofSeconds(10));

    clock.advance(Duration.ofSeconds(10));
    assertThat(state.waitBeforeSend(DEPT)).isEmpty();
  }

  @Test
  void remainingQuotaUnblocks() {
    state.update(DEPT, exhaustedFor(30));
    state.update(DEPT, new RateLimitHeaders(5, Duration.ofSeconds(30), OptionalLong.empty()));
    assertThat(state.waitBeforeSend(DEPT)).isEmpty();
  }

  @Test
  void waitModeReturnsTheDelayWithinTheDeadline() {
    assertThat(state.delayBeforeSend(DEPT, RateLimitMode.WAIT, deadline(Duration.ofSeconds(5))))
        .isZero();

    state.update(DEPT, exhaustedFor(3));
    assertThat(state.delayBeforeSend(DEPT, RateLimitMode.WAIT, deadline(Duration.ofSeconds(5))))
        .isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void waitModeFailsWhenTheResetIsPastTheDeadline() {
    state.update(DEPT, exhaustedFor(30));
    assertThatThrownBy(
            () -> state.delayBeforeSend(DEPT, RateLimitMode.WAIT, deadline(Duration.ofSeconds(10))))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.status()).isZero();
              assertThat(e.code()).isEqualTo(RateLimitState.EXHAUSTED_CODE);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
            });
  }

  @Test
  void failFastModeFailsWhileExhausted() {
    state.update(DEPT, exhaustedFor(2));
    assertThatThrownBy(
            () ->
                state.delayBeforeSend(
                    DEPT, RateLimitMode.FAIL_FAST, deadline(Duration.ofMinutes(1))))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("rate_limit_exhausted");
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
            });

    clock.advance(Duration.ofSeconds(2));
    assertThat(
            state.delayBeforeSend(DEPT, RateLimitMode.FAIL_FAST, deadline(Duration.ofMinutes(1))))
        .isZero();
  }

  @Test
  void headersFromAResponseFeedTheState() {
    RateLimitHeaders parsed =
        RateLimitHeaders.parse(
                name -> name.equals("RateLimit") ? "limit=100, remaining=0, reset=15" : null, clock)
            .orElseThrow();
    state.update(DEPT, parsed);
    assertThat(state.waitBeforeSend(DEPT)).contains(Duration.ofSeconds(15));
  }
}
