package io.cityservices.testkit.utilities;

import io.cityservices.core.model.Money;
import io.cityservices.testkit.SandboxProblem;
import io.cityservices.testkit.utilities.UtilitiesJson.ReadingJson;
import io.cityservices.testkit.utilities.UtilitiesJson.UsageJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Interval readings of an account, after Green Button / ESPI. Each reading's value follows from the
 * account number and the interval's start alone, so the same question always gets the same answer.
 */
final class UsageSeries {

  private UsageSeries() {}

  /**
   * The readings of {@code household} from {@code from} to {@code to} (whole months, inclusive).
   *
   * @throws SandboxProblem {@code validation_failed} for a missing or malformed parameter or a span too long
   */
  static UsageJson readings(String accountId, Household household, String fromText, String toText, String granularity) {
    YearMonth from = month("from", fromText);
    YearMonth to = month("to", toText);
    int maxMonths = switch (granularity == null ? "" : granularity) {
      case "MONTH" -> 36;
      case "DAY" -> 12;
      case "HOUR" -> 1;
      default -> throw SandboxProblem.validation("granularity", "must be MONTH, DAY or HOUR");
    };
    if (to.isBefore(from)) {
      throw SandboxProblem.validation("to", "must not be before from");
    }
    if (ChronoUnit.MONTHS.between(from, to) + 1 > maxMonths) {
      throw SandboxProblem.validation("to", "spans more months than allowed at this granularity");
    }
    Company company = household.company;
    OffsetDateTime start = from.atDay(1).atStartOfDay().atOffset(UtilitiesState.ZONE);
    OffsetDateTime end = to.plusMonths(1).atDay(1).atStartOfDay().atOffset(UtilitiesState.ZONE);
    List<ReadingJson> readings = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO.setScale(3);
    while (start.isBefore(end)) {
      OffsetDateTime next = switch (granularity) {
        case "MONTH" -> start.plusMonths(1);
        case "DAY" -> start.plusDays(1);
        default -> start.plusHours(1);
      };
      long seconds = ChronoUnit.SECONDS.between(start, next);
      BigDecimal value = value(household, start, seconds);
      Money cost = granularity.equals("HOUR") ? null
          : Money.cny(value.multiply(BigDecimal.valueOf(company.unitPriceFen())).setScale(0, RoundingMode.HALF_UP).longValueExact());
      readings.add(new ReadingJson(start, seconds, value.toPlainString(), company.unit(), cost));
      total = total.add(value);
      start = next;
    }
    return new UsageJson(accountId, granularity, company.unit(), total.toPlainString(), readings);
  }

  /** Use in thousandths of a unit, scaled to the interval's length from a monthly figure. */
  private static BigDecimal value(Household household, OffsetDateTime start, long seconds) {
    SplittableRandom r = new SplittableRandom(household.accountNumber.hashCode() * 31L + start.toEpochSecond());
    long monthly = household.company.type().equals("ELECTRICITY") ? 100_000 + r.nextInt(500_000) : 8_000 + r.nextInt(32_000);
    long thousandths = Math.max(1, monthly * seconds / (30L * 24 * 3600));
    return UtilitiesState.decimal(thousandths);
  }

  private static YearMonth month(String field, String text) {
    if (text == null) {
      throw SandboxProblem.validation(field, "is required");
    }
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw SandboxProblem.validation(field, "must be a month as yyyy-MM");
    }
  }
}
