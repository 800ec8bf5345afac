package io.cityservices.health;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Health's section of a citizen's overview ({@code city.citizen(token).overview()}): the hospital
 * appointments booked from today on, for the citizen and family members. Health data: {@link
 * #toString()} shows the count only.
 *
 * @param city the city
 * @param upcomingAppointments booked appointments starting today or later, earliest first
 * @param toDos one per appointment to attend
 */
public record HealthSection(CityCode city, List<Appointment> upcomingAppointments, List<ToDo> toDos)
    implements OverviewSection {

  /** The department, as the catalog names it. */
  public static final String DEPARTMENT = "health";

  /**
   * Requires {@code city} and copies the lists, so the section cannot change once made.
   *
   * @param city the city; must not be null
   * @param upcomingAppointments booked appointments starting today or later, earliest first
   * @param toDos one per appointment to attend
   */
  public HealthSection {
    Objects.requireNonNull(city, "city");
    upcomingAppointments = List.copyOf(upcomingAppointments);
    toDos = List.copyOf(toDos);
  }

  @Override
  public String department() {
    return DEPARTMENT;
  }

  @Override
  public String title() {
    return "Hospital appointments";
  }

  @Override
  public SectionStatus status() {
    return SectionStatus.AVAILABLE;
  }

  @Override
  public Map<String, Integer> counts() {
    return Map.of("upcoming appointments", upcomingAppointments.size());
  }

  @Override
  public String toString() {
    return "HealthSection[city=" + city.value() + ", upcomingAppointments=" + upcomingAppointments.size() + "]";
  }
}
