package io.cityservices.utilities;

import io.cityservices.core.error.FieldViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The usage of an account over whole months, at a granularity. A span may cover at most 36 months of
 * monthly readings, 12 months of daily readings or 1 month of hourly readings.
 *
 * @param accountId the bound account
 * @param from the first month, inclusive
 * @param to the last month, inclusive; not before {@code from}
 * @param granularity the interval of each reading
 */
public record UsageQuery(
    @NotBlank String accountId, @NotNull YearMonth from, @NotNull YearMonth to, @NotNull UsageGranularity granularity) {

  /** Monthly readings of {@code accountId} from {@code from} to {@code to}, both inclusive. */
  public static UsageQuery monthly(String accountId, YearMonth from, YearMonth to) {
    return new UsageQuery(accountId, from, to, UsageGranularity.MONTH);
  }

  /** The rules beyond the annotations. */
  public List<FieldViolation> violations() {
    List<FieldViolation> violations = new ArrayList<>();
    if (from == null || to == null || granularity == null) {
      return violations;
    }
    if (to.isBefore(from)) {
      violations.add(new FieldViolation("to", "must not be before from"));
    } else if (ChronoUnit.MONTHS.between(from, to) + 1 > granularity.maxMonths()) {
      violations.add(new FieldViolation("to", "spans more than " + granularity.maxMonths()
          + " months, the most allowed at " + granularity + " granularity"));
    }
    if (granularity == UsageGranularity.UNKNOWN) {
      violations.add(new FieldViolation("granularity", "must be MONTH, DAY or HOUR"));
    }
    return violations;
  }
}
