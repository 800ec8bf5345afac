package io.cityservices.exitentry;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exit-entry's section of a citizen's overview ({@code city.citizen(token).overview()}): booked
 * appointments from today on, applications still in progress, and travel documents with less than
 * six months' validity left. Document and receipt numbers are personal: {@link #toString()} shows
 * counts only.
 *
 * @param city the city
 * @param upcomingAppointments booked appointments starting today or later, earliest first
 * @param applicationsInProgress applications not yet collected, mailed, refused or withdrawn
 * @param expiringDocuments valid documents that expire within {@value TravelDocument#WARNING_MONTHS} months
 * @param toDos one per appointment to attend, application needing action and document to renew
 */
public record ExitEntrySection(
    CityCode city,
    List<Appointment> upcomingAppointments,
    List<Application> applicationsInProgress,
    List<TravelDocument> expiringDocuments,
    List<ToDo> toDos)
    implements OverviewSection {

  /** The department, as the catalog names it. */
  public static final String DEPARTMENT = "exit-entry";

  /**
   * Requires {@code city} and copies the lists, so the section cannot change once made.
   *
   * @param city the city; must not be null
   * @param upcomingAppointments booked appointments starting today or later, earliest first
   * @param applicationsInProgress applications not yet collected, mailed, refused or withdrawn
   * @param expiringDocuments valid documents that expire within {@value
   *     TravelDocument#WARNING_MONTHS} months
   * @param toDos one per appointment to attend, application needing action and document to renew
   */
  public ExitEntrySection {
    Objects.requireNonNull(city, "city");
    upcomingAppointments = List.copyOf(upcomingAppointments);
    applicationsInProgress = List.copyOf(applicationsInProgress);
    expiringDocuments = List.copyOf(expiringDocuments);
    toDos = List.copyOf(toDos);
  }

  @Override
  public String department() {
    return DEPARTMENT;
  }

  @Override
  public String title() {
    return "Passports and permits";
  }

  @Override
  public SectionStatus status() {
    return SectionStatus.AVAILABLE;
  }

  @Override
  public Map<String, Integer> counts() {
    return Map.of(
        "upcoming appointments", upcomingAppointments.size(),
        "applications in progress", applicationsInProgress.size(),
        "documents expiring", expiringDocuments.size());
  }

  @Override
  public String toString() {
    return "ExitEntrySection[city=" + city.value() + ", upcomingAppointments=" + upcomingAppointments.size()
        + ", applicationsInProgress=" + applicationsInProgress.size()
        + ", expiringDocuments=" + expiringDocuments.size() + "]";
  }
}
