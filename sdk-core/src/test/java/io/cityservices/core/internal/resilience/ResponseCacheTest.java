package io.cityservices.core.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

  private static final String URL = "/v1/catalog";

  private final MutableClock clock = MutableClock.at("2026-03-01T08:00:00Z");
  private final ResponseCache<String> cache = new ResponseCache<>(clock);

  private static Function<String, String> headers(String... namesAndValues) {
    Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map::get;
  }

  @Test
  void freshUntilMaxAgeThenStaleWithEtag() {
    assertThat(cache.lookup(URL)).isInstanceOf(CacheLookup.Miss.class);

    assertThat(
            cache.store(
                URL, "v1", headers("Cache-Control", "public, max-age=60", "ETag", "\"abc\"")))
        .isTrue();
    assertThat(cache.lookup(URL)).isEqualTo(new CacheLookup.Fresh<>("v1"));

    clock.advance(Duration.ofSeconds(59));
    assertThat(cache.lookup(URL)).isEqualTo(new CacheLookup.Fresh<>("v1"));

    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.lookup(URL)).isEqualTo(new CacheLookup.Stale<>("v1", "\"abc\""));
  }

  @Test
  void ageIsSubtractedFromMaxAge() {
    cache.store(URL, "v1", headers("Cache-Control", "max-age=60", "Age", "50", "ETag", "\"e\""));
    clock.advance(Duration.ofSeconds(9));
    assertThat(cache.lookup(URL)).isInstanceOf(CacheLookup.Fresh.class);
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.lookup(URL)).isInstanceOf(CacheLookup.Stale.class);
  }

  @Test
  void staleWithoutEtagIsAMissAndIsDropped() {
    cache.store(URL, "v1", headers("Cache-Control", "max-age=10"));
    clock.advance(Duration.ofSeconds(10));
    assertThat(cache.lookup(URL)).isInstanceOf(CacheLookup.Miss.class);
    assertThat(cache.size()).isZero();
  }

  @Test
  void notModifiedExtendsFreshness() {
    cache.store(URL, "v1", headers("Cache-Control", "max-age=10", "ETag", "\"abc\""));
    clock.advance(Duration.ofSeconds(15));
    assertThat(cache.lookup(URL)).isInstanceOf(CacheLookup.Stale.class);

    assertThat(cache.refresh(URL, headers())).contains("v1");
    assertThat(cache.lookup(URL)).isEqualTo(new CacheLookup.Fresh<>("v1"));
    clock.advance(Duration.ofSeconds(10));
    assertThat(cache.lookup(URL))
        .as("same 10 s lifetime again")
        .isInstanceOf(CacheLookup.Stale.class);

    assertThat(cache.refresh(URL, headers("Cache-Control", "max-age=300", "ETag", "\"def\"")))
        .contains("v1");
    clock.advance(Duration.ofSeconds(299));
    assertThat(cache.lookup(URL)).isEqualTo(new CacheLookup.Fresh<>("v1"));
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.lookup(URL)).isEqualTo(new CacheLookup.Stale<>("v1", "\"def\""));
  }

  @Test
  void refreshOfAnEvictedEntryIsEmpty() {
    assertThat(cache.refresh(URL, headers("Cache-Control", "max-age=60"))).isEmpty();
  }

  @Test
  void noStoreAndPrivateAreNotStoredAndRemoveOldEntries() {
    cache.store(URL, "v1", headers("Cache-Control", "max-age=60"));
    assertThat(cache.store(URL, "v2", headers("Cache-Control", "no-store", "ETag", "\"x\"")))
        .isFalse();
    assertThat(cache.lookup(URL)).isInstanceOf(CacheLookup.Miss.class);

    assertThat(cache.store(URL, "v3", headers("Cache-Control", "private, max-age=60"))).isFalse();
    assertThat(cache.lookup(URL)).isInstanceOf(CacheLookup.Miss.class);
  }

  @Test
  void noCacheIsStoredButAlwaysRevalidated() {
    assertThat(
            cache.store(
                URL, "v1", headers("Cache-Control", "no-cache, max-age=600", "ETag", "\"n\"")))
        .isTrue();
    assertThat(cache.lookup(URL)).isEqualTo(new CacheLookup.Stale<>("v1", "\"n\""));
    cache.refresh(URL, headers("Cache-Control", "no-cache"));
    assertThat(cache.lookup(URL)).isInstanceOf(CacheLookup.Stale.class);
  }

  @Test
  void withoutMaxAgeOnlyAnEtagMakesItWorthStoring() {
    assertThat(cache.store(URL, "v1", headers())).isFalse();
    assertThat(cache.store(URL, "v1", headers("ETag", "W/\"weak\""))).isTrue();
    assertThat(cache.lookup(URL)).isEqualTo(new CacheLookup.Stale<>("v1", "W/\"weak\""));
  }

  @Test
  void evictsTheLeastRecentlyUsedEntry() {
    ResponseCache<String> small = new ResponseCache<>(2, clock);
    Function<String, String> cacheable = headers("Cache-Control", "max-age=60");
    small.store("a", "A", cacheable);
    small.store("b", "B", cacheable);
    small.lookup("a"); // a is now more recently used than b
    small.store("c", "C", cacheable);

    assertThat(small.size()).isEqualTo(2);
    assertThat(small.lookup("b")).isInstanceOf(CacheLookup.Miss.class);
    assertThat(small.lookup("a")).isEqualTo(new CacheLookup.Fresh<>("A"));
    assertThat(small.lookup("c")).isEqualTo(new CacheLookup.Fresh<>("C"));
  }

  @Test
  void invalidateRemoves() {
    cache.store(URL, "v1", headers("Cache-Control", "max-age=60"));
    cache.invalidate(URL);
    assertThat(cache.lookup(URL)).isInstanceOf(CacheLookup.Miss.class);
  }

  @Test
  void rejectsNonPositiveSize() {
    assertThatThrownBy(() -> new ResponseCache<String>(0, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
