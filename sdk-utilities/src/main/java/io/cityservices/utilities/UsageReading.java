package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.cityservices.core.model.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One interval reading, after Green Button / ESPI's {@code IntervalReading}: when the interval starts,
 * how long it lasts, how much was used in it and what that cost.
 *
 * @param start the start of the interval
 * @param durationSeconds its length in seconds (ESPI's {@code duration})
 * @param value the quantity used, exact (a decimal string on the wire, never floating point)
 * @param unit the quantity's unit
 * @param cost what it cost, or null where not known (e.g. hourly readings)
 */
public record UsageReading(
    OffsetDateTime start,
    long durationSeconds,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
    UsageUnit unit,
    @Nullable Money cost) {

  /**
   * The interval's length.
   *
   * @return {@link #durationSeconds()} as a duration
   */
  public Duration duration() {
    return Duration.ofSeconds(durationSeconds);
  }
}
