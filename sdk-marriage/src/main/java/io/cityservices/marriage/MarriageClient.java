package io.cityservices.marriage;

import io.cityservices.core.CityServices;
import io.cityservices.core.model.CityCode;
import io.cityservices.marriage.internal.DefaultMarriageClient;

/**
 * The marriage-registration services of one city: find a registration office, see its free slots and
 * what to bring, and book an appointment that both parties consent to.
 *
 * <pre>{@code
 * MarriageClient marriage = MarriageClient.create(services);
 * RegistrationOffice office = marriage.offices().list(OfficeQuery.all(), RequestOptions.none()).data().get(0);
 * Slot slot = marriage.slots().list(SlotQuery.builder(office.id()).build(), RequestOptions.none()).data().get(0);
 * Booking booking = marriage.bookings().book(
 *     BookingRequest.marriage(slot, myIdNumber, Party.of(partnerName, partnerIdNumber)).declarationAccepted().build(),
 *     RequestOptions.forCitizen(myToken));
 * // the partner, signed in with their own token:
 * marriage.bookings().consent(booking.id(), RequestOptions.forCitizen(partnerToken));
 * }</pre>
 *
 * <p>An interface so that applications can mock it; thread-safe; share one per city.
 */
public interface MarriageClient {

  /**
   * The city's marriage registration offices: public reference data.
   *
   * @return the offices API of this client
   */
  OfficesApi offices();

  /**
   * Bookable slots of an office.
   *
   * @return the slots API of this client
   */
  SlotsApi slots();

  /**
   * What can be booked and which documents each booking type needs.
   *
   * @return the booking types API of this client
   */
  BookingTypesApi bookingTypes();

  /**
   * Bookings: book, consent or decline, list, get, cancel, check in.
   *
   * @return the bookings API of this client
   */
  BookingsApi bookings();

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
  static MarriageClient create(CityServices services) {
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
  static MarriageClient create(CityServices services, CityCode city) {
    return new DefaultMarriageClient(services, city);
  }
}
