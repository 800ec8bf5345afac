package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The length of each reading's interval. */
public enum UsageGranularity {
  /** One reading per calendar month. */
  MONTH,
  /** One reading per day. */
  DAY,
  /** Hourly interval data (smart meters only). */
  HOUR,
  /** A granularity this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * The longest span of months one usage request may cover at this granularity.
   *
   * @return the number of months, from and to included
   */
  public int maxMonths() {
    return switch (this) {
      case MONTH -> 36;
      case DAY -> 12;
      default -> 1;
    };
  }
}
