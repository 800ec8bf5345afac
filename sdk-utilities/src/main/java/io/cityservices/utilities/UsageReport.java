package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * The usage of one account over a span, as a series of interval readings (ESPI's
 * {@code IntervalBlock}).
 *
 * @param accountId the bound account
 * @param granularity the interval of each reading
 * @param unit the unit of every reading
 * @param total the sum of the readings' values, exact
 * @param readings the readings, oldest first
 */
public record UsageReport(
    String accountId,
    UsageGranularity granularity,
    UsageUnit unit,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
    List<UsageReading> readings) {

  /**
   * Copies the readings; missing ones read as empty.
   *
   * @param accountId the bound account
   * @param granularity the interval of each reading
   * @param unit the unit of every reading
   * @param total the sum of the readings' values, exact
   * @param readings the readings, oldest first
   */
  public UsageReport {
    readings = readings == null ? List.of() : List.copyOf(readings);
  }
}
