package io.cityservices.core.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

  private final MutableClock clock = MutableClock.at("2026-03-01T08:00:00Z");

  /** A case-insensitive header lookup, as HTTP clients provide. */
  private static Function<String, String> headers(String... namesAndValues) {
    Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map::get;
  }

  private RateLimitHeaders parse(String... namesAndValues) {
    return RateLimitHeaders.parse(headers(namesAndValues), clock).orElseThrow();
  }

  @Test
  void structuredFieldFormWithPolicy() {
    RateLimitHeaders h =
        parse("RateLimit", "\"default\";r=0;t=30", "RateLimit-Policy", "\"default\";q=100;w=60");
    assertThat(h.remaining()).isZero();
    assertThat(h.reset()).isEqualTo(Duration.ofSeconds(30));
    assertThat(h.limit()).isEqualTo(OptionalLong.of(100));
    assertThat(h.window()).contains(Duration.ofSeconds(60));
    assertThat(h.exhausted()).isTrue();
  }

  @Test
  void structuredFieldFormWithoutPolicy() {
    RateLimitHeaders h = parse("RateLimit", "\"default\";r=42;t=5");
    assertThat(h.remaining()).isEqualTo(42);
    assertThat(h.reset()).isEqualTo(Duration.ofSeconds(5));
    assertThat(h.limit()).isEmpty();
    assertThat(h.exhausted()).isFalse();
  }

  @Test
  void structuredFieldFormKeepsTheTightestPolicy() {
    RateLimitHeaders h =
        parse(
            "RateLimit", "\"burst\";r=5;t=1, \"day, all\";r=0;t=3600, \"hour\";r=0;t=60",
            "RateLimit-Policy", "\"burst\";q=10;w=1, \"day, all\";q=1000;w=86400");
    assertThat(h.remaining()).isZero();
    assertThat(h.reset()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(h.limit()).isEqualTo(OptionalLong.of(1000));
  }

  @Test
  void dictionaryForm() {
    RateLimitHeaders h = parse("RateLimit", "limit=100, remaining=0, reset=30");
    assertThat(h.remaining()).isZero();
    assertThat(h.reset()).isEqualTo(Duration.ofSeconds(30));
    assertThat(h.limit()).isEqualTo(OptionalLong.of(100));
  }

  @Test
  void separateHeaders() {
    RateLimitHeaders h =
        parse("RateLimit-Limit", "100", "RateLimit-Remaining", "0", "RateLimit-Reset", "30");
    assertThat(h.remaining()).isZero();
    assertThat(h.reset()).isEqualTo(Duration.ofSeconds(30));
    assertThat(h.limit()).isEqualTo(OptionalLong.of(100));
  }

  @Test
  void separateHeadersWithPolicyListInLimit() {
    RateLimitHeaders h =
        parse(
            "ratelimit-limit",
            "100, 100;w=60",
            "ratelimit-remaining",
            "7",
            "ratelimit-reset",
            "12");
    assertThat(h.limit()).isEqualTo(OptionalLong.of(100));
    assertThat(h.remaining()).isEqualTo(7);
  }

  @Test
  void xRateLimitVariantsIncludingEpochReset() {
    long resetAt = clock.instant().getEpochSecond() + 45;
    RateLimitHeaders h =
        parse(
            "X-RateLimit-Limit", "60",
            "X-RateLimit-Remaining", "0",
            "X-RateLimit-Reset", Long.toString(resetAt));
    assertThat(h.remaining()).isZero();
    assertThat(h.reset()).isEqualTo(Duration.ofSeconds(45));
    assertThat(h.limit()).isEqualTo(OptionalLong.of(60));

    RateLimitHeaders delta = parse("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "20");
    assertThat(delta.reset()).isEqualTo(Duration.ofSeconds(20));
    assertThat(delta.limit()).isEmpty();
  }

  @Test
  void pastEpochResetAndNegativeDeltasAreZero() {
    String past = Long.toString(clock.instant().getEpochSecond() - 10);
    assertThat(parse("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", past).reset()).isZero();
    assertThat(parse("RateLimit", "limit=1, remaining=0, reset=-3").reset()).isZero();
  }

  @Test
  void absentOrIncompleteOrGarbageHeadersGiveNothing() {
    assertThat(RateLimitHeaders.parse(headers(), clock)).isEmpty();
    assertThat(RateLimitHeaders.parse(headers("RateLimit-Remaining", "3"), clock)).isEmpty();
    assertThat(RateLimitHeaders.parse(headers("RateLimit", "whatever"), clock)).isEmpty();
    assertThat(
            RateLimitHeaders.parse(
                headers("X-RateLimit-Remaining", "lots", "X-RateLimit-Reset", "1"), clock))
        .isEmpty();
  }

  @Test
  void unusableCombinedHeaderFallsBackToSeparateOnes() {
    RateLimitHeaders h =
        parse("RateLimit", "garbage", "RateLimit-Remaining", "0", "RateLimit-Reset", "9");
    assertThat(h.reset()).isEqualTo(Duration.ofSeconds(9));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"99999999999999999", "9223372036854775807", "86401"})
  void anyHugeResetIsClampedToTheMaximumDelayInEveryForm(String huge) {
    assertThat(parse("RateLimit-Remaining", "0", "RateLimit-Reset", huge).reset()).isEqualTo(RetryAfter.MAX_DELAY);
    assertThat(parse("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", huge).reset()).isEqualTo(RetryAfter.MAX_DELAY);
    assertThat(parse("RateLimit", "limit=1, remaining=0, reset=" + huge).reset()).isEqualTo(RetryAfter.MAX_DELAY);
    assertThat(parse("RateLimit", "\"default\";r=0;t=" + huge).reset()).isEqualTo(RetryAfter.MAX_DELAY);
  }

  @Test
  void aNegativeResetIsZero() {
    assertThat(parse("RateLimit-Remaining", "0", "RateLimit-Reset", "-9223372036854775808").reset()).isZero();
    assertThat(parse("RateLimit", "\"default\";r=0;t=-5").reset()).isZero();
  }
}
