package io.cityservices.core.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final MutableClock clock = MutableClock.at("2026-03-01T08:00:00Z");

  @Test
  void deltaSeconds() {
    assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
  }

  @Test
  void negativeDeltaMeansNow() {
    assertThat(RetryAfter.parse("-5", clock)).contains(Duration.ZERO);
  }

  @Test
  void hugeDeltaIsClampedToTheMaximumDelay() {
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).contains(RetryAfter.MAX_DELAY);
    assertThat(RetryAfter.parse("99999999999999999", clock)).contains(RetryAfter.MAX_DELAY);
    assertThat(RetryAfter.parse("86401", clock)).contains(RetryAfter.MAX_DELAY);
    assertThat(RetryAfter.parse("86400", clock)).contains(Duration.ofDays(1));
  }

  @Test
  void aFarFutureDateIsClampedToTheMaximumDelay() {
    assertThat(RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", clock)).contains(RetryAfter.MAX_DELAY);
  }

  @Test
  void httpDateInTheFuture() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 08:01:30 GMT", clock))
        .contains(Duration.ofSeconds(90));
  }

  @Test
  void httpDateInThePastMeansNow() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 07:59:00 GMT", clock)).contains(Duration.ZERO);
  }

  @Test
  void garbageIsEmpty() {
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
    assertThat(RetryAfter.parse("", clock)).isEmpty();
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("1.5", clock)).isEmpty();
    assertThat(RetryAfter.parse("2026-03-01T08:01:30Z", clock)).isEmpty();
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 25:01:30 GMT", clock)).isEmpty();
  }
}
