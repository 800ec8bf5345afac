package io.cityservices.socialinsurance;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Social insurance's section of a citizen's overview ({@code city.citizen(token).overview()}): the
 * status of each insurance the citizen is enrolled in, the yearly residents' contributions still to
 * pay and the months without a contribution over the last {@link #GAP_WINDOW_MONTHS} months.
 * {@link #toString()} shows counts and the total only. A citizen never insured has an empty section.
 *
 * @param city the city
 * @param enrolments one per insurance type the citizen is or was enrolled in
 * @param contributionsDue yearly residents' contributions due or overdue
 * @param missingMonths per insurance type insured and paid monthly, the months of the window with no
 *     contribution, oldest first; types without a gap are left out
 * @param toDos one per contribution to pay
 */
public record SocialInsuranceSection(
    CityCode city,
    List<Enrolment> enrolments,
    List<VoluntaryContribution> contributionsDue,
    Map<InsuranceType, List<YearMonth>> missingMonths,
    List<ToDo> toDos) implements OverviewSection {

  /** The department, as the catalog names it. */
  public static final String DEPARTMENT = "social-insurance";

  /** How many complete months before the current one are checked for gaps. */
  public static final int GAP_WINDOW_MONTHS = 12;

  private static final Currency CNY = Currency.getInstance("CNY");

  /**
   * Copies the lists and the map, which must not be null.
   *
   * @param city the city
   * @param enrolments one per insurance type the citizen is or was enrolled in
   * @param contributionsDue yearly residents' contributions due or overdue
   * @param missingMonths per insurance type insured and paid monthly, the months of the window with no
   *     contribution, oldest first; types without a gap are left out
   * @param toDos one per contribution to pay
   */
  public SocialInsuranceSection {
    Objects.requireNonNull(city, "city");
    enrolments = List.copyOf(enrolments);
    contributionsDue = List.copyOf(contributionsDue);
    Map<InsuranceType, List<YearMonth>> copy = new LinkedHashMap<>();
    missingMonths.forEach((type, months) -> copy.put(type, List.copyOf(months)));
    missingMonths = Collections.unmodifiableMap(copy);
    toDos = List.copyOf(toDos);
  }

  /**
   * Each insurance type's enrolment status.
   *
   * @return a map from type to status, in enrolment order
   */
  public Map<InsuranceType, EnrolmentStatus> statusByType() {
    Map<InsuranceType, EnrolmentStatus> statuses = new LinkedHashMap<>();
    enrolments.forEach(e -> statuses.put(e.insuranceType(), e.status()));
    return Collections.unmodifiableMap(statuses);
  }

  @Override
  public String department() {
    return DEPARTMENT;
  }

  @Override
  public String title() {
    return "Social insurance";
  }

  @Override
  public SectionStatus status() {
    return SectionStatus.AVAILABLE;
  }

  @Override
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("insured types", (int) enrolments.stream().filter(Enrolment::isInsured).count());
    counts.put("contributions due", contributionsDue.size());
    counts.put("months missing", missingMonths.values().stream().mapToInt(List::size).sum());
    return Collections.unmodifiableMap(counts);
  }

  /** The residents' contributions due. */
  @Override
  public Optional<Money> amountOwed() {
    return Optional.of(Money.sum(CNY, contributionsDue.stream().map(VoluntaryContribution::amount).toList()));
  }

  @Override
  public String toString() {
    Map<String, Integer> counts = counts();
    return "SocialInsuranceSection[city=" + city.value() + ", insuredTypes=" + counts.get("insured types")
        + ", contributionsDue=" + contributionsDue.size() + ", owed=" + amountOwed().orElseThrow().toDisplayString()
        + ", monthsMissing=" + counts.get("months missing") + ", toDos=" + toDos.size() + "]";
  }
}
