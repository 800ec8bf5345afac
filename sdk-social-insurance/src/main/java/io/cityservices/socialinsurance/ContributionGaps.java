package io.cityservices.socialinsurance;

import io.cityservices.core.error.ValidationException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the months without a contribution (断缴月份) in a contribution history, the question a
 * citizen most often asks of it (a gap can cost a purchase permit, a school place or a pension year).
 */
public final class ContributionGaps {
  private ContributionGaps() {}

  /**
   * The months from {@code from} to {@code to} (inclusive), in order, in which {@code contributions}
   * hold nothing for {@code type}. A month counts as contributed whether or not it is posted yet.
   * Feed it {@code contributions().listAll(...)} for the same type and period: it consumes the
   * iterable once.
   *
   * @param contributions the history to search, consumed once
   * @param type the insurance type to check
   * @param from the first month to check
   * @param to the last month to check
   * @return the months with no contribution of {@code type}, oldest first; empty when none
   * @throws ValidationException naming {@code to} when it is before {@code from}
   * @throws NullPointerException when an argument is null
   */
  public static List<YearMonth> missingMonths(
      Iterable<Contribution> contributions, InsuranceType type, YearMonth from, YearMonth to) {
    Objects.requireNonNull(contributions, "contributions");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw ValidationException.of("to", "must not be before from");
    }
    Set<YearMonth> paid = new HashSet<>();
    for (Contribution c : contributions) {
      if (c.insuranceType() == type) {
        paid.add(c.month());
      }
    }
    List<YearMonth> missing = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      if (!paid.contains(m)) {
        missing.add(m);
      }
    }
    return List.copyOf(missing);
  }
}
