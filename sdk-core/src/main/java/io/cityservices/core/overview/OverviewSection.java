package io.cityservices.core.overview;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One department's part of a citizen's overview, in one city. Each department module has its own
 * section type with typed data (for example {@code TrafficSection} with fines and licence points);
 * this interface reads any of them generically, so that an app can render a department it does
 * not know: a title, a status, labelled counts, the amount owed and the to-dos.
 *
 * <p>Implementations are immutable and their {@link Object#toString()} never shows personal data
 * in clear.
 */
public interface OverviewSection {

  /**
   * The department, as the catalog names its service, e.g. {@code traffic}.
   *
   * @return the department kind
   */
  String department();

  /**
   * The city the section is for.
   *
   * @return the city
   */
  CityCode city();

  /**
   * A short human-readable title, e.g. {@code Traffic}.
   *
   * @return the title to show
   */
  String title();

  /**
   * Whether the section holds data, and if not, why.
   *
   * @return the section's status
   */
  SectionStatus status();

  /**
   * Labelled figures in display order, e.g. {@code "unpaid fines" -> 2}; empty unless {@link
   * SectionStatus#AVAILABLE}.
   *
   * @return an unmodifiable map from label to figure, in display order
   */
  default Map<String, Integer> counts() {
    return Map.of();
  }

  /**
   * What the citizen owes this department now; empty when unknown (the section is not available)
   * or when the department bills nothing.
   *
   * @return the amount owed, or empty
   */
  default Optional<Money> amountOwed() {
    return Optional.empty();
  }

  /**
   * What the citizen should do, in no particular order; empty unless available.
   *
   * @return the to-dos, possibly empty
   */
  default List<ToDo> toDos() {
    return List.of();
  }

  /**
   * A department that did not answer: down, too slow for the overview's deadline, refusing, or
   * failing in the SDK. The other sections are unaffected.
   *
   * @param department the department
   * @param city the city
   * @param reason why, typed
   * @param code the SDK's error code (e.g. {@code department_unavailable}, {@code timeout}), or null
   * @param requestId the platform's request id to quote to support, or null when nothing was answered
   */
  record Unavailable(
      String department,
      CityCode city,
      UnavailableReason reason,
      @Nullable String code,
      @Nullable String requestId)
      implements OverviewSection {

    /**
     * Checks the required components.
     *
     * @param department the department; not null
     * @param city the city; not null
     * @param reason why; not null
     * @param code the SDK's error code, or null
     * @param requestId the platform's request id, or null
     * @throws NullPointerException if {@code department}, {@code city} or {@code reason} is null
     */
    public Unavailable {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(city, "city");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String title() {
      return department;
    }

    @Override
    public SectionStatus status() {
      return SectionStatus.UNAVAILABLE;
    }
  }

  /**
   * A department the city does not offer, per the platform catalog: it was not called.
   *
   * @param department the department
   * @param city the city
   */
  record NotOffered(String department, CityCode city) implements OverviewSection {

    /**
     * Checks the components.
     *
     * @param department the department; not null
     * @param city the city; not null
     * @throws NullPointerException if an argument is null
     */
    public NotOffered {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(city, "city");
    }

    @Override
    public String title() {
      return department;
    }

    @Override
    public SectionStatus status() {
      return SectionStatus.NOT_OFFERED;
    }
  }
}
