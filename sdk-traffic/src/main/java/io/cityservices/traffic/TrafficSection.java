package io.cityservices.traffic;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Traffic's section of a citizen's overview ({@code city.citizen(token).overview()}): the fines to
 * pay, the driving licence's points and the vehicles whose annual inspection falls due soon. {@link
 * #toString()} shows counts only, no plates or licence numbers.
 *
 * @param city the city
 * @param unpaidViolations the payable and overdue violations of the citizen's vehicles
 * @param licence the citizen's driving licence, or null when the citizen has none in this city
 * @param inspectionsDue vehicles whose inspection expires within {@link #INSPECTION_LOOK_AHEAD_DAYS}
 * @param toDos one per fine to pay and inspection to book, and one when the licence is near 12 points
 */
public record TrafficSection(
    CityCode city,
    List<Violation> unpaidViolations,
    @Nullable DrivingLicence licence,
    List<Vehicle> inspectionsDue,
    List<ToDo> toDos) implements OverviewSection {

  /** The department, as the catalog names it. */
  public static final String DEPARTMENT = "traffic";

  /** How far ahead an annual inspection counts as due. */
  public static final int INSPECTION_LOOK_AHEAD_DAYS = 60;

  private static final Currency CNY = Currency.getInstance("CNY");

  /**
   * Copies the lists.
   *
   * @param city the city
   * @param unpaidViolations the payable and overdue violations of the citizen's vehicles
   * @param licence the citizen's driving licence, or null when the citizen has none in this city
   * @param inspectionsDue vehicles whose inspection expires within {@link
   *     #INSPECTION_LOOK_AHEAD_DAYS}
   * @param toDos one per fine to pay and inspection to book, and one when the licence is near 12
   *     points
   * @throws NullPointerException if {@code city} or one of the lists is null
   */
  public TrafficSection {
    Objects.requireNonNull(city, "city");
    unpaidViolations = List.copyOf(unpaidViolations);
    inspectionsDue = List.copyOf(inspectionsDue);
    toDos = List.copyOf(toDos);
  }

  /**
   * The licence, when the citizen has one in this city.
   *
   * @return the licence, or empty when the citizen has none in this city
   */
  public Optional<DrivingLicence> licenceOptional() {
    return Optional.ofNullable(licence);
  }

  @Override
  public String department() {
    return DEPARTMENT;
  }

  @Override
  public String title() {
    return "Traffic";
  }

  @Override
  public SectionStatus status() {
    return SectionStatus.AVAILABLE;
  }

  @Override
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("unpaid fines", unpaidViolations.size());
    if (licence != null) {
      counts.put("licence points", licence.points());
    }
    counts.put("inspections due", inspectionsDue.size());
    return Collections.unmodifiableMap(counts);
  }

  /** The fines with their late fees. */
  @Override
  public Optional<Money> amountOwed() {
    return Optional.of(Money.sum(CNY, unpaidViolations.stream().map(Violation::amountDue).toList()));
  }

  @Override
  public String toString() {
    return "TrafficSection[city=" + city.value() + ", unpaidFines=" + unpaidViolations.size()
        + ", owed=" + amountOwed().orElseThrow().toDisplayString()
        + ", licencePoints=" + (licence == null ? "none" : licence.points())
        + ", inspectionsDue=" + inspectionsDue.size() + ", toDos=" + toDos.size() + "]";
  }
}
