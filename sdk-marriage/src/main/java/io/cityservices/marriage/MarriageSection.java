package io.cityservices.marriage;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The marriage registry's section of a citizen's overview ({@code city.citizen(token).overview()}):
 * the registration appointments booked from today on, and those waiting for this citizen's consent
 * as partner. Marital data: {@link #toString()} shows counts only, never a name, identity number or
 * office.
 *
 * @param city the city
 * @param upcomingBookings bookings not yet settled whose day is today or later, earliest first
 * @param awaitingMyConsent the upcoming bookings in which the citizen is the partner who has not yet
 *     consented
 * @param toDos one per booking awaiting the citizen's consent
 */
public record MarriageSection(
    CityCode city, List<Booking> upcomingBookings, List<Booking> awaitingMyConsent, List<ToDo> toDos)
    implements OverviewSection {

  /** The department, as the catalog names it. */
  public static final String DEPARTMENT = "marriage";

  /**
   * Requires {@code city} and copies the lists, so the section cannot change once made.
   *
   * @param city the city; must not be null
   * @param upcomingBookings bookings not yet settled whose day is today or later, earliest first
   * @param awaitingMyConsent the upcoming bookings in which the citizen is the partner who has not
   *     yet consented
   * @param toDos one per booking awaiting the citizen's consent
   */
  public MarriageSection {
    Objects.requireNonNull(city, "city");
    upcomingBookings = List.copyOf(upcomingBookings);
    awaitingMyConsent = List.copyOf(awaitingMyConsent);
    toDos = List.copyOf(toDos);
  }

  @Override
  public String department() {
    return DEPARTMENT;
  }

  @Override
  public String title() {
    return "Marriage registration";
  }

  @Override
  public SectionStatus status() {
    return SectionStatus.AVAILABLE;
  }

  @Override
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("upcoming bookings", upcomingBookings.size());
    counts.put("awaiting my consent", awaitingMyConsent.size());
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public String toString() {
    return "MarriageSection[city=" + city.value() + ", upcomingBookings=" + upcomingBookings.size()
        + ", awaitingMyConsent=" + awaitingMyConsent.size() + "]";
  }
}
