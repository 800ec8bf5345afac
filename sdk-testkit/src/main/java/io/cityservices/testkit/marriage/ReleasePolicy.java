package io.cityservices.testkit.marriage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * How a city releases its slots: every day at {@code releaseTime} the day {@code daysAhead} days ahead
 * opens; a slot is bookable until the day before its date.
 *
 * @param daysAhead how many days ahead the last released day is
 * @param releaseTime when, in Asia/Shanghai, the next day is released
 */
public record ReleasePolicy(int daysAhead, LocalTime releaseTime) {

  /**
   * The last day released at {@code now} (Asia/Shanghai local time).
   *
   * @param now the local time in Asia/Shanghai
   * @return the latest bookable date released so far
   */
  public LocalDate lastReleasedDay(LocalDateTime now) {
    LocalDate today = now.toLocalDate();
    return now.toLocalTime().isBefore(releaseTime) ? today.plusDays(daysAhead - 1L) : today.plusDays(daysAhead);
  }
}
