package io.cityservices.core.overview;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One citizen across every department on the classpath, in one or more cities: a section per
 * department and city, and every to-do merged and sorted by due date. Partial by design: a
 * department that did not answer has an {@link OverviewSection.Unavailable} section and the rest
 * are intact. Immutable; {@link #toString()} shows no personal data in clear.
 *
 * @param sections one per department and city, in the order of the query's cities, then by
 *     department
 * @param toDos every available section's to-dos, earliest due first ({@link ToDo#BY_DUE_DATE})
 */
public record CitizenOverview(List<OverviewSection> sections, List<ToDo> toDos) {

  private static final Currency CNY = Currency.getInstance("CNY");

  /**
   * Copies the sections and sorts the to-dos by due date.
   *
   * @param sections one per department and city; copied
   * @param toDos the to-dos, in any order; sorted with {@link ToDo#BY_DUE_DATE}
   */
  public CitizenOverview {
    sections = List.copyOf(sections);
    toDos = toDos.stream().sorted(ToDo.BY_DUE_DATE).toList();
  }

  /**
   * The overview of {@code sections}, their to-dos merged.
   *
   * @param sections the sections, in the order to keep; unavailable ones contribute no to-dos
   * @return the overview
   */
  public static CitizenOverview of(List<? extends OverviewSection> sections) {
    return new CitizenOverview(
        List.copyOf(sections), sections.stream().flatMap(s -> s.toDos().stream()).toList());
  }

  /**
   * True when no section is {@link SectionStatus#UNAVAILABLE}.
   *
   * @return false if any department did not answer, so the totals may be short
   */
  public boolean complete() {
    return sections.stream().noneMatch(s -> s.status() == SectionStatus.UNAVAILABLE);
  }

  /**
   * The total owed over the sections that answered, in CNY (the platform's currency).
   *
   * @return the sum of every section's {@code amountOwed()}; zero when nothing is owed
   */
  public Money totalOwed() {
    return Money.sum(CNY, sections.stream().flatMap(s -> s.amountOwed().stream()).toList());
  }

  /**
   * The sections of one type, e.g. {@code sections(TrafficSection.class)}, or {@code
   * sections(OverviewSection.Unavailable.class)}.
   *
   * @param <T> the section type
   * @param type the section class, e.g. a department module's section record
   * @return the matching sections in overview order, possibly empty
   */
  public <T extends OverviewSection> List<T> sections(Class<T> type) {
    return sections.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * The first section of one type, e.g. {@code section(TrafficSection.class)}.
   *
   * @param <T> the section type
   * @param type the section class, e.g. a department module's section record
   * @return the first matching section, or empty when there is none
   */
  public <T extends OverviewSection> Optional<T> section(Class<T> type) {
    return sections(type).stream().findFirst();
  }

  /**
   * The section of {@code department} in {@code city}, in whatever status.
   *
   * @param department the department kind, e.g. {@code traffic}
   * @param city the city
   * @return the section, or empty when the overview did not ask for that department and city
   */
  public Optional<OverviewSection> section(String department, CityCode city) {
    return sections.stream()
        .filter(s -> s.department().equals(department) && s.city().equals(city))
        .findFirst();
  }
}
