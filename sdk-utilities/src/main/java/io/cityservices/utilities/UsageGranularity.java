package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.time.Duration;

/** The length of each reading's interval. */
public enum UsageGranularity {
  MONTH,
  DAY,
  /** Hourly interval data (smart meters only). */
  HOUR,
  /** A granularity this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /** The longest span of months one request may cover at this granularity. */
  int maxMonths() {
    return switch (this) {
      case MONTH -> 36;
      case DAY -> 12;
      default -> 1;
    };
  }

  /** The nominal interval length (a month counts as 30 days; readings carry their exact length). */
  public Duration nominalInterval() {
    return switch (this) {
      case MONTH -> Duration.ofDays(30);
      case DAY -> Duration.ofDays(1);
      case HOUR -> Duration.ofHours(1);
      case UNKNOWN -> Duration.ZERO;
    };
  }
}
