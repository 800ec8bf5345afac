package io.cityservices.core.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CacheControlTest {

  @Test
  void parsesTheDirectivesThatMatter() {
    CacheControl cc = CacheControl.parse("Public, MAX-AGE=300, s-maxage=600, must-revalidate");
    assertThat(cc.maxAge()).contains(Duration.ofSeconds(300));
    assertThat(cc.noStore()).isFalse();
    assertThat(cc.noCache()).isFalse();
    assertThat(cc.isPrivate()).isFalse();

    assertThat(CacheControl.parse("no-store").noStore()).isTrue();
    assertThat(CacheControl.parse("no-cache").noCache()).isTrue();
    assertThat(CacheControl.parse("private=\"Set-Cookie\", max-age=5").isPrivate()).isTrue();
    assertThat(CacheControl.parse("max-age=\"7\"").maxAge()).contains(Duration.ofSeconds(7));
  }

  @Test
  void toleratesAbsentAndMalformedValues() {
    assertThat(CacheControl.parse(null)).isEqualTo(CacheControl.EMPTY);
    assertThat(CacheControl.parse("max-age=soon").maxAge()).isEmpty();
    assertThat(CacheControl.parse("max-age").maxAge()).isEmpty();
    assertThat(CacheControl.parse("max-age=60, max-age=x").maxAge())
        .contains(Duration.ofSeconds(60));
    assertThat(CacheControl.parse("max-age=-5").maxAge()).contains(Duration.ZERO);
    assertThat(CacheControl.parse(" , ,")).isEqualTo(CacheControl.EMPTY);
  }
}
