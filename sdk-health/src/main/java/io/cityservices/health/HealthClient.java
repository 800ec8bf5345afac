package io.cityservices.health;

import io.cityservices.core.CityServices;
import io.cityservices.core.model.CityCode;
import io.cityservices.health.internal.DefaultHealthClient;

/**
 * The health services of one city: find hospitals, departments and doctors, see free slots, manage
 * the patients a citizen books for, and book, list and cancel registrations.
 *
 * <pre>{@code
 * HealthClient health = HealthClient.create(services);
 * Hospital h = health.hospitals().list(HospitalQuery.builder().name("华山").build(), RequestOptions.none()).data().get(0);
 * Slot slot = health.slots().list(SlotQuery.builder(h.id()).build(), RequestOptions.none()).data().get(0);
 * Appointment a = health.appointments().book(BookAppointmentRequest.of(slot, patientId), RequestOptions.forCitizen(token));
 * }</pre>
 *
 * <p>An interface so that applications can mock it; thread-safe; share one per city.
 */
public interface HealthClient {

  /**
   * Hospitals, their departments and doctors: public reference data.
   *
   * @return the hospitals API of this client
   */
  HospitalsApi hospitals();

  /**
   * Bookable slots.
   *
   * @return the slots API of this client
   */
  SlotsApi slots();

  /**
   * The patients a citizen books for.
   *
   * @return the patients API of this client
   */
  PatientsApi patients();

  /**
   * Registrations: book, list, get, cancel.
   *
   * @return the appointments API of this client
   */
  AppointmentsApi appointments();

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
  static HealthClient create(CityServices services) {
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
  static HealthClient create(CityServices services, CityCode city) {
    return new DefaultHealthClient(services, city);
  }
}
