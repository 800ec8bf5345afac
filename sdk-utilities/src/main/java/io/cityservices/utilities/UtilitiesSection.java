package io.cityservices.utilities;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Utilities' section of a citizen's overview ({@code city.citizen(token).overview()}): the bills
 * outstanding across every bound account. {@link #toString()} shows counts and the total only.
 *
 * @param city the city
 * @param outstandingBills unpaid and overdue bills across the citizen's accounts
 * @param toDos one per bill to pay
 */
public record UtilitiesSection(CityCode city, List<Bill> outstandingBills, List<ToDo> toDos)
    implements OverviewSection {

  /** The department, as the catalog names it. */
  public static final String DEPARTMENT = "utilities";

  private static final Currency CNY = Currency.getInstance("CNY");

  /**
   * Copies the lists.
   *
   * @param city the city
   * @param outstandingBills unpaid and overdue bills across the citizen's accounts
   * @param toDos one per bill to pay
   * @throws NullPointerException if {@code city} or one of the lists is null
   */
  public UtilitiesSection {
    Objects.requireNonNull(city, "city");
    outstandingBills = List.copyOf(outstandingBills);
    toDos = List.copyOf(toDos);
  }

  @Override
  public String department() {
    return DEPARTMENT;
  }

  @Override
  public String title() {
    return "Water, power and gas";
  }

  @Override
  public SectionStatus status() {
    return SectionStatus.AVAILABLE;
  }

  @Override
  public Map<String, Integer> counts() {
    return Map.of("outstanding bills", outstandingBills.size());
  }

  /** The bills' amounts due, late fees included. */
  @Override
  public Optional<Money> amountOwed() {
    return Optional.of(Money.sum(CNY, outstandingBills.stream().map(Bill::amountDue).toList()));
  }

  @Override
  public String toString() {
    return "UtilitiesSection[city=" + city.value() + ", outstandingBills=" + outstandingBills.size()
        + ", owed=" + amountOwed().orElseThrow().toDisplayString() + "]";
  }
}
