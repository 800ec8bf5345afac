package io.cityservices.exitentry;

import io.cityservices.core.CityServices;
import io.cityservices.core.model.CityCode;
import io.cityservices.exitentry.internal.DefaultExitEntryClient;

/**
 * The exit-entry services of one city (出入境): offices, slots and appointments for passports and
 * permits, application progress, the citizen's travel documents.
 *
 * <pre>{@code
 * ExitEntryClient exitEntry = ExitEntryClient.create(services);
 * Office office = exitEntry.offices().list(OfficeQuery.all(), RequestOptions.none()).data().get(0);
 * Slot slot = exitEntry.slots().list(SlotQuery.of(office.id(), date), RequestOptions.none()).data().get(0);
 * Appointment a = exitEntry.appointments().book(
 *     BookAppointmentRequest.builder(slot.id(), DocumentType.PASSPORT, ServiceType.FIRST_ISSUE).build(),
 *     RequestOptions.forCitizen(token));
 * }</pre>
 *
 * <p>For scanning a passport, {@link PassportMrz#parse(String)} checks its machine-readable zone
 * without calling the platform. An interface so that applications can mock it; thread-safe; share
 * one per city.
 */
public interface ExitEntryClient {

  /**
   * The city's offices: public reference data.
   *
   * @return the offices API of this client
   */
  OfficesApi offices();

  /**
   * The endorsement types on offer: public reference data.
   *
   * @return the endorsement types API of this client
   */
  EndorsementTypesApi endorsementTypes();

  /**
   * Bookable slots.
   *
   * @return the slots API of this client
   */
  SlotsApi slots();

  /**
   * Appointments: book, list, get, reschedule, cancel.
   *
   * @return the appointments API of this client
   */
  AppointmentsApi appointments();

  /**
   * Application progress by receipt number.
   *
   * @return the applications API of this client
   */
  ApplicationsApi applications();

  /**
   * The citizen's passports and permits.
   *
   * @return the documents API of this client
   */
  DocumentsApi documents();

  /**
   * The city this client addresses.
   *
   * @return the city code every call of this client addresses
   */
  CityCode city();

  /**
   * A client for the entry object's default city.
   *
   * @param services the shared SDK client whose transport, credentials and retries the client uses
   * @return a client; cheap to create, and safe to share between threads
   * @throws IllegalStateException when {@code services} has no default city
   */
  static ExitEntryClient create(CityServices services) {
    return create(services, services.defaultCity().orElseThrow(
        () -> new IllegalStateException("no default city configured: use create(services, city)")));
  }

  /**
   * A client for {@code city}.
   *
   * @param services the shared SDK client whose transport, credentials and retries the client uses
   * @param city the city whose department is called
   * @return a client; cheap to create, and safe to share between threads
   */
  static ExitEntryClient create(CityServices services, CityCode city) {
    return new DefaultExitEntryClient(services, city);
  }
}
