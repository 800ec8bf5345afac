package io.cityservices.core.internal.resilience;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * RateLimit (all draft forms), Retry-After and Cache-Control never throw, and every duration they
 * yield is usable: never negative and at most {@link RetryAfter#MAX_DELAY}, so that adding it to the
 * clock cannot overflow.
 */
class HeaderParsingFuzzTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
  static final String[] NAMES = {"RateLimit", "RateLimit-Policy", "RateLimit-Remaining", "RateLimit-Reset",
      "RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Limit"};

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "headers.dict")
  void headersYieldUsableDurations(FuzzedDataProvider data) {
    Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    int count = data.consumeInt(0, 4);
    for (int i = 0; i < count; i++) {
      headers.put(data.pickValue(NAMES), data.consumeString(80));
    }
    String retryAfter = data.consumeString(60);
    String cacheControl = data.consumeRemainingAsString();

    RateLimitHeaders.parse(headers::get, CLOCK).ifPresent(h -> {
      usable(h.reset());
      CLOCK.instant().plus(h.reset());
    });
    RetryAfter.parse(retryAfter, CLOCK).ifPresent(HeaderParsingFuzzTest::usable);
    Optional<Duration> maxAge = CacheControl.parse(cacheControl).maxAge();
    maxAge.ifPresent(d -> {
      if (d.isNegative()) {
        throw new AssertionError("negative max-age " + d);
      }
      CLOCK.instant().plus(d);
    });
    RateLimitState state = new RateLimitState(CLOCK);
    RateLimitHeaders.parse(headers::get, CLOCK).ifPresent(h -> state.update("k", h));
    state.waitBeforeSend("k");
  }

  private static void usable(Duration d) {
    if (d.isNegative() || d.compareTo(RetryAfter.MAX_DELAY) > 0) {
      throw new AssertionError("unusable delay " + d);
    }
  }
}
