package io.cityservices.library;

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

/**
 * The library's section of a citizen's overview ({@code city.citizen(token).overview()}): loans
 * overdue or due soon, holds waiting on the hold shelf and charges owed. What a person borrows is
 * personal data: {@link #toString()} shows counts and the total only. A citizen without a reader
 * card in the city has an empty section.
 *
 * @param city the city
 * @param overdueLoans loans past their due date
 * @param loansDueSoon loans not yet overdue, due within {@link #LOAN_LOOK_AHEAD_DAYS}
 * @param holdsReadyForPickup holds whose copy waits for the citizen
 * @param outstandingCharges fines and fees not yet paid
 * @param toDos one per loan to return, hold to collect and charge to pay
 */
public record LibrarySection(
    CityCode city,
    List<Loan> overdueLoans,
    List<Loan> loansDueSoon,
    List<Hold> holdsReadyForPickup,
    List<Charge> outstandingCharges,
    List<ToDo> toDos) implements OverviewSection {

  /** The department, as the catalog names it. */
  public static final String DEPARTMENT = "library";

  /** How far ahead a loan counts as due soon. */
  public static final int LOAN_LOOK_AHEAD_DAYS = 7;

  private static final Currency CNY = Currency.getInstance("CNY");

  /**
   * Copies the lists, which must not be null.
   *
   * @param city the city
   * @param overdueLoans loans past their due date
   * @param loansDueSoon loans not yet overdue, due within {@link #LOAN_LOOK_AHEAD_DAYS}
   * @param holdsReadyForPickup holds whose copy waits for the citizen
   * @param outstandingCharges fines and fees not yet paid
   * @param toDos one per loan to return, hold to collect and charge to pay
   */
  public LibrarySection {
    Objects.requireNonNull(city, "city");
    overdueLoans = List.copyOf(overdueLoans);
    loansDueSoon = List.copyOf(loansDueSoon);
    holdsReadyForPickup = List.copyOf(holdsReadyForPickup);
    outstandingCharges = List.copyOf(outstandingCharges);
    toDos = List.copyOf(toDos);
  }

  @Override
  public String department() {
    return DEPARTMENT;
  }

  @Override
  public String title() {
    return "Library";
  }

  @Override
  public SectionStatus status() {
    return SectionStatus.AVAILABLE;
  }

  @Override
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("overdue loans", overdueLoans.size());
    counts.put("loans due soon", loansDueSoon.size());
    counts.put("holds ready", holdsReadyForPickup.size());
    counts.put("charges owed", outstandingCharges.size());
    return Collections.unmodifiableMap(counts);
  }

  /** The outstanding charges' total. */
  @Override
  public Optional<Money> amountOwed() {
    return Optional.of(Money.sum(CNY, outstandingCharges.stream().map(Charge::amount).toList()));
  }

  @Override
  public String toString() {
    return "LibrarySection[city=" + city.value() + ", overdueLoans=" + overdueLoans.size()
        + ", loansDueSoon=" + loansDueSoon.size() + ", holdsReady=" + holdsReadyForPickup.size()
        + ", chargesOwed=" + outstandingCharges.size() + ", owed=" + amountOwed().orElseThrow().toDisplayString()
        + ", toDos=" + toDos.size() + "]";
  }
}
